package cn.wuhu.sti.reporting.rebuild;

/** A read model that can be rebuilt by replaying the topics from the beginning into a new generation. */
public interface ReadModel {

    /**
     * The read model's own collection, which holds generation 0; {@link ReadModelGenerations} names the collection
     * of the generation read or written.
     */
    String collection();
}
