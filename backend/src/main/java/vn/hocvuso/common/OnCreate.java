package vn.hocvuso.common;

import jakarta.validation.groups.Default;

/**
 * The validation group of rules that hold only when a thing is created (a module's title is required on
 * create, optional on a partial update). The create operation chooses it for its body with
 * {@code @Valid @ConvertGroup(from = Default.class, to = OnCreate.class)}; extending {@link Default}, it
 * checks the body's other rules too.
 */
public interface OnCreate extends Default {}
