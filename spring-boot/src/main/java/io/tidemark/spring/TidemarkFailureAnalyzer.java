package io.tidemark.spring;

import io.tidemark.TidemarkException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a start-up that Tidemark stopped as Spring Boot's "APPLICATION FAILED TO START"
 * summary: the TM error, with its code, what is wrong and what to do, instead of a stack trace.
 */
class TidemarkFailureAnalyzer extends AbstractFailureAnalyzer<TidemarkException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, TidemarkException cause) {
    return new FailureAnalysis(cause.getMessage(), "Do what the description says; Tidemark's "
        + "troubleshooting page (docs/troubleshooting.md) explains " + cause.code()
        + " under its code.", cause);
  }
}
