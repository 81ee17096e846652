/**
 * Runnable programs showing how to embed the privacy SDK: {@link
 * com.oriflame.privacy.examples.PolicyTour} (the main demo) and {@link
 * com.oriflame.privacy.examples.QuickStart} (the README's opening example).
 */
package com.oriflame.privacy.examples;
