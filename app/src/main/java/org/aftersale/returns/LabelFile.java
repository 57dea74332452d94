package org.aftersale.returns;

/** A label file as the merchant uploaded it, with its media type as its bytes say. */
public record LabelFile(byte[] content, String mediaType) {

}
