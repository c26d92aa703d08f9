package cn.wuhu.sti.techmarket.matching.model;

/** The longest texts the published schemas allow. */
final class Texts {

    static final int TITLE_LENGTH = 200;
    static final int NAME_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 2000;

    private Texts() {}
}
