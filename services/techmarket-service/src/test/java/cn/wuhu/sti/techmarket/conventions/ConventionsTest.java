package cn.wuhu.sti.techmarket.conventions;

import cn.wuhu.sti.test.service.ServiceConventions;

class ConventionsTest extends ServiceConventions {}
