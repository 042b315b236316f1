package org.tenderwatch.classifier.intake;

import io.micronaut.json.JsonMapper;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.tenderwatch.classifier.procurement.ProcurementState;

import java.io.IOException;

/** The procurement state as JSON in the store and its changelog topic: readable with any Kafka tool. */
final class ProcurementStateSerde implements Serde<ProcurementState> {

    private final JsonMapper json;

    ProcurementStateSerde(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Serializer<ProcurementState> serializer() {
        return (topic, state) -> {
            if (state == null) {
                return null;
            }
            try {
                return json.writeValueAsBytes(state);
            } catch (IOException e) {
                throw new SerializationException("could not write the state of " + state.ocid(), e);
            }
        };
    }

    @Override
    public Deserializer<ProcurementState> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return json.readValue(bytes, ProcurementState.class);
            } catch (IOException e) {
                throw new SerializationException("could not read a procurement state from " + topic, e);
            }
        };
    }
}
