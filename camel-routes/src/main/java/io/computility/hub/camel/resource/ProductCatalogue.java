package io.computility.hub.camel.resource;

import java.util.List;
import org.springframework.stereotype.Service;

/** The catalogue buyers browse: listed products with their pools and providers, filtered and paged in SQL. */
@Service
public class ProductCatalogue {

  private final ListedProductMapper listed;

  ProductCatalogue(ListedProductMapper listed) {
    this.listed = listed;
  }

  /** Listed products matching {@code filter}, cheapest first, {@code limit} of them after {@code offset}. */
  public List<ListedProduct> find(ListedProduct.Filter filter, long offset, int limit) {
    return listed.find(filter.kind(), filter.regionPrefix(), filter.providerId(), filter.minPriceFen(),
        filter.maxPriceFen(), filter.textPattern(), offset, limit);
  }

  /** How many listed products match {@code filter}. */
  public long count(ListedProduct.Filter filter) {
    return listed.count(filter.kind(), filter.regionPrefix(), filter.providerId(), filter.minPriceFen(),
        filter.maxPriceFen(), filter.textPattern());
  }
}
