package cn.wuhu.sti.techmarket.challenge;

import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.techmarket.challenge.model.Challenge;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeStage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open-competition challenges (揭榜挂帅): published, awarded within their category's cap, then completed. */
@RestController
@Validated
@RequestMapping("/api/techmarket/challenges")
class ChallengeController {

    private static final String CHALLENGE = "/api/techmarket/challenges/{id}";

    private final ChallengeService challenges;

    ChallengeController(ChallengeService challenges) {
        this.challenges = challenges;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Published; Location names the challenge")
    ResponseEntity<ChallengeView> publishChallenge(@Valid @RequestBody ChallengeRequests.PublishRequest request) {
        return created(challenges.publish(request.toCommand()));
    }

    @PostMapping("/{id}/award")
    @ApiResponse(responseCode = "201", description = "Awarded to the winner")
    @ApiResponse(responseCode = "400", description = "The amount is above the cap of the challenge's category")
    @ApiResponse(responseCode = "409", description = "The challenge was awarded already")
    ResponseEntity<ChallengeView> awardChallenge(
            @PathVariable String id, @Valid @RequestBody ChallengeRequests.AwardRequest request) {
        return created(challenges.move(id, challenge -> challenge.award(request.toCommand())));
    }

    @PostMapping("/{id}/completion")
    @ApiResponse(responseCode = "201", description = "Completed or failed")
    @ApiResponse(responseCode = "409", description = "The challenge is not awarded, or has ended already")
    ResponseEntity<ChallengeView> completeChallenge(
            @PathVariable String id, @Valid @RequestBody ChallengeRequests.CompleteRequest request) {
        return created(challenges.move(id, challenge -> challenge.complete(request.toCommand())));
    }

    @GetMapping("/{id}")
    ChallengeView findChallenge(@PathVariable String id) {
        return ChallengeView.of(challenges.find(id));
    }

    @GetMapping
    PageView<ChallengeView> searchChallenges(
            @RequestParam(required = false) ChallengeCategory category,
            @RequestParam(required = false) ChallengeStage stage,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(challenges.search(category, stage, paging.pageable()), ChallengeView::of);
    }

    private static ResponseEntity<ChallengeView> created(Challenge challenge) {
        return Created.at(ChallengeView.of(challenge), CHALLENGE, challenge.id());
    }
}
