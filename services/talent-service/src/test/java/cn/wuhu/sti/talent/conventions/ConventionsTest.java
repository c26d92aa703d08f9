package cn.wuhu.sti.talent.conventions;

import cn.wuhu.sti.test.service.ServiceConventions;

class ConventionsTest extends ServiceConventions {}
