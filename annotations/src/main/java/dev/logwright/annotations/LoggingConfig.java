package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a logging configuration. The processor generates {@code
 * <Interface>Pipeline} next to it ({@code Outer.Inner} gives {@code Outer_InnerPipeline}): a final
 * class with a static {@code create()} that builds every handler the interface declares, {@code
 * install()} that attaches them to the logger hierarchy, and an idempotent {@code close()}.
 *
 * <p>Each abstract method of the interface declares one handler (one {@code @To…} annotation, a
 * no-argument method returning {@code Handler} or the handler's class) or one logger ({@link
 * LoggerConfig}, returning {@code Logger}). Default and static methods are free for {@link
 * NamedBy} and {@link RotatedBy} hooks. The interface may extend {@link AutoCloseable}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LoggingConfig {
  /** The root logger's level and handlers; by default level {@code WARNING} and no handlers. */
  RootLogger root() default @RootLogger;
}
