package cn.wuhu.sti.reporting.subscriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A department's subscription as the bureau registers it. */
record SubscriptionRequest(
        @NotBlank @Size(max = 100) String department,

        @NotEmpty @Size(max = 20) List<@NotBlank String> topics,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,200}", message = "letters, digits, '.', '_' and '-' only")
        String consumerGroup,

        @NotBlank @Size(max = 200) String contact,

        @NotNull @PositiveOrZero Long maxLag) {}
