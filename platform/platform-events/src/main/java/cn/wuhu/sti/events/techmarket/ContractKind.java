package cn.wuhu.sti.events.techmarket;

/** The kinds of technology contract the registration recognizes. */
public enum ContractKind {
    /** 技术开发 */
    DEVELOPMENT,
    /** 技术转让 */
    TRANSFER,
    /** 技术许可 */
    LICENSING,
    /** 技术咨询 */
    CONSULTING,
    /** 技术服务 */
    SERVICE
}
