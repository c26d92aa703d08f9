package cn.wuhu.sti.reporting.rebuild;

/** A read model that can be dropped and rebuilt by replaying the topics from the beginning. */
public interface ReadModel {

    /** The collection that holds the read model; a rebuild drops it and reports how many documents it held. */
    String collection();
}
