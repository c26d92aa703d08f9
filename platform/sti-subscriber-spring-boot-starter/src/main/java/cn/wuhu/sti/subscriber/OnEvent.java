package cn.wuhu.sti.subscriber;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a Spring bean as the handler of one event type: its first parameter is the contract's record
 * ({@code EnterpriseRecognized}), an optional second one the {@link Delivery}. The topic follows from the type. One
 * handler per type; an event whose {@code ce_id} was handled already is not handed over again unless
 * {@link #replays()} asks for it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnEvent {

    /** Also hand over events handled before (an offset reset, a re-send), marked {@link Delivery.Kind#REPLAY}. */
    boolean replays() default false;
}
