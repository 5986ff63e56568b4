package vn.hocvuso.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line text (a name, a title): as {@link TextInput} reads it, with every run of inner whitespace
 * (tabs, new lines, several spaces) made one space, so that what is counted and stored is what is shown.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface OneLine {}
