package cn.wuhu.sti.web.demo;

enum District {
    JINGHU,
    YIJIANG,
    JIUJIANG,
    WANZHI
}
