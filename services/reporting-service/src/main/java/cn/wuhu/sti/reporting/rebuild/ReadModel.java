package cn.wuhu.sti.reporting.rebuild;

/** A read model that can be dropped and rebuilt by replaying the topics from the beginning. */
public interface ReadModel {

    /** The name reported back by a rebuild, e.g. the collection. */
    String name();

    /** Removes everything this read model holds; answers how many documents were dropped. */
    long drop();
}
