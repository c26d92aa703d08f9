package cn.wuhu.sti.web.demo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

record GrantRequest(
        @NotBlank String name,
        @NotNull District district,
        @NotNull LocalDate grantedOn,
        @NotNull @PositiveOrZero BigDecimal amount) {}
