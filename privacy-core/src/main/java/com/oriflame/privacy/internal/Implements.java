package com.oriflame.privacy.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the "Rules for software" (R1–R40 of the policy's English rendering) that a rule class, a
 * lint code or another component implements. A test reads these marks and fails when a named rule
 * has no test tagged with it, or a test tags a rule nothing implements. Not API.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface Implements {
  /** @return rule ids such as {@code "R10"} */
  String[] value();
}
