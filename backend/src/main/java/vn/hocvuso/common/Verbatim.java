package vn.hocvuso.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text kept exactly as typed, neither normalised nor trimmed by {@link TextInput}: a password or a
 * secret, whose bytes are what a hash or a comparison sees (a password may end with a space).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Verbatim {}
