package vn.hocvuso.common;

/**
 * One wrong field: its name as the client sent it, a stable code (also the message key
 * {@code violation.<code>}) and the arguments the message needs.
 */
public record FieldViolation(String field, String code, Object... args) {}
