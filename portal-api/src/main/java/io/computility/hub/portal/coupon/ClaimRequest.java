package io.computility.hub.portal.coupon;

/** {@code POST /api/v1/coupons/claims}: the code of the coupon to claim. */
record ClaimRequest(String code) {
}
