package cn.wuhu.sti.web;

/** One invalid input field, as listed under {@code errors} in a 400 problem. */
public record FieldViolation(String field, String message) {}
