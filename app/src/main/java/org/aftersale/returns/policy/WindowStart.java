package org.aftersale.returns.policy;

/**
 * The day a return window is counted from, per item: the order, the day its parcel left,
 * or the day it was delivered.
 */
public enum WindowStart {

	ORDER, SHIPMENT, DELIVERY

}
