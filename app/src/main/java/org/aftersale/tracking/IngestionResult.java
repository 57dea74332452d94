package org.aftersale.tracking;

import java.util.List;

/**
 * What became of a batch of carrier events.
 *
 * @param accepted events stored for at least one shipment
 * @param duplicates events every matching shipment already had
 * @param unknownTrackingNumbers numbers (as sent) that match no shipment of the store,
 * each once; their events are neither stored nor counted above
 */
public record IngestionResult(int accepted, int duplicates, List<String> unknownTrackingNumbers) {

}
