package cn.wuhu.sti.parks.conventions;

import cn.wuhu.sti.test.service.ServiceConventions;

class ConventionsTest extends ServiceConventions {}
