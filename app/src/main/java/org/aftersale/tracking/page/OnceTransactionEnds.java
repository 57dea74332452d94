package org.aftersale.tracking.page;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Listens right after the publishing transaction ends (or at once, without one), on the
 * publishing thread and without an entry in the event publication registry, which records
 * only after-commit listeners: for work that nothing needs to recover after a crash, such
 * as dropping in-memory cache entries.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
@interface OnceTransactionEnds {

}
