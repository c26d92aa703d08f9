package cn.wuhu.sti.reporting.subscriptions;

import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's register of department subscriptions, each with its current lag against the lag it accepts. */
@RestController
@Validated
@RequestMapping(SubscriptionController.PATH)
class SubscriptionController {

    static final String PATH = "/api/reports/admin/subscriptions";

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Registered; Location names the subscription, by consumer group")
    ResponseEntity<SubscriptionView> registerSubscription(@Valid @RequestBody SubscriptionRequest request) {
        Subscription registered = subscriptions.register(request);
        return Created.at(SubscriptionView.of(registered, null), PATH + "/{consumerGroup}", registered.consumerGroup());
    }

    @GetMapping
    PageView<SubscriptionView> listSubscriptions(@Valid @ParameterObject PageQuery paging) {
        return PageView.of(subscriptions.list(paging.pageable()));
    }

    @GetMapping("/{consumerGroup}")
    SubscriptionView findSubscription(@PathVariable String consumerGroup) {
        return subscriptions.find(consumerGroup);
    }
}
