package cn.wuhu.sti.subscriber;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/** One {@link OnEvent} method, bound to its bean and its event type. */
record EventHandler(Object bean, Method method, EventType type, boolean takesDelivery, boolean replays) {

    void handle(DomainEvent event, Delivery delivery) {
        try {
            if (takesDelivery) {
                method.invoke(bean, event, delivery);
            } else {
                method.invoke(bean, event);
            }
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(method + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@link OnEvent} method of the context's beans, by CloudEvents type; a method of the wrong shape fails. */
    static Map<String, EventHandler> findIn(ApplicationContext context) {
        Map<String, EventHandler> handlers = new HashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> beanType = context.getType(name, false);
            if (beanType == null) {
                continue;
            }
            Map<Method, OnEvent> methods = MethodIntrospector.selectMethods(
                    AopUtils.isAopProxy(beanType) ? AopUtils.getTargetClass(beanType) : beanType,
                    (MethodIntrospector.MetadataLookup<OnEvent>)
                            method -> AnnotatedElementUtils.findMergedAnnotation(method, OnEvent.class));
            methods.forEach((method, annotation) -> {
                EventHandler handler = bind(context.getBean(name), method, annotation);
                EventHandler other = handlers.put(handler.type().type(), handler);
                if (other != null) {
                    throw new IllegalStateException(
                            "Two handlers of " + handler.type().type() + ": " + other.method() + " and " + method
                                    + "; one subscriber has one handler per event type");
                }
            });
        }
        return handlers;
    }

    private static EventHandler bind(Object bean, Method method, OnEvent annotation) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean shaped = (parameters.length == 1 || parameters.length == 2 && parameters[1] == Delivery.class)
                && DomainEvent.class.isAssignableFrom(parameters[0]);
        if (!shaped) {
            throw new IllegalStateException("@OnEvent " + method + " takes " + Arrays.toString(parameters)
                    + "; it must take one event record of the contract, and optionally a Delivery");
        }
        EventType type = EventCatalog.of(parameters[0].asSubclass(DomainEvent.class));
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        return new EventHandler(bean, invocable, type, parameters.length == 2, annotation.replays());
    }
}
