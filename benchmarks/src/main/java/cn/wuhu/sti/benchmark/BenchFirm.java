package cn.wuhu.sti.benchmark;

import org.springframework.data.mongodb.core.mapping.Document;

/** The stored state of a firm as the benchmark's commands write it: the fields of its registration. */
@Document(OutboxBenchmark.COMMANDS)
record BenchFirm(String name, String district, String industry) {}
