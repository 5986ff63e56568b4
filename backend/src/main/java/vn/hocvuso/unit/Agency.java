package vn.hocvuso.unit;

/** A provincial department or board (sở, ban, ngành) that employs public servants. */
public record Agency(Long id, String name) {}
