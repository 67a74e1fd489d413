package io.computility.hub.ledger.engine;

import org.operaton.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.operaton.bpm.engine.impl.incident.IncidentContext;
import org.operaton.bpm.engine.runtime.Incident;

/** The engine's default incident handling, plus an evidence record of each incident created. */
class RecordingIncidentHandler extends DefaultIncidentHandler {

    private final StepRecorder steps;

    RecordingIncidentHandler(String type, StepRecorder steps) {
        super(type);
        this.steps = steps;
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
        Incident incident = super.handleIncident(context, message);
        steps.incidentCreated(incident, message);
        return incident;
    }
}
