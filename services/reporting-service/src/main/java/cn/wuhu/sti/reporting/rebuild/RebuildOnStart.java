package cn.wuhu.sti.reporting.rebuild;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code sti.reporting.rebuild-on-start=true}, drops the read models once every bean exists and before the
 * listener containers start (they start with the context's lifecycle), so the first assignment replays.
 */
@Component
@ConditionalOnBooleanProperty("sti.reporting.rebuild-on-start")
class RebuildOnStart implements SmartInitializingSingleton {

    private final ReadModelRebuild rebuild;

    RebuildOnStart(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuild.dropAndRequestReplay();
    }
}
