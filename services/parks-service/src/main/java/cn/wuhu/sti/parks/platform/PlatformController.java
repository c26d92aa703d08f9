package cn.wuhu.sti.parks.platform;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.parks.platform.model.Platform;
import cn.wuhu.sti.reference.District;
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

/** Innovation platforms (创新平台), each at a level with the organisation behind it. */
@RestController
@Validated
@RequestMapping("/api/parks/platforms")
class PlatformController {

    private static final String PLATFORM = "/api/parks/platforms/{id}";

    private final PlatformService platforms;

    PlatformController(PlatformService platforms) {
        this.platforms = platforms;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Accredited; Location names the platform")
    ResponseEntity<PlatformView> accreditPlatform(@Valid @RequestBody PlatformRequests.AccreditRequest request) {
        Platform platform = platforms.accredit(request.toCommand());
        return Created.at(PlatformView.of(platform), PLATFORM, platform.id());
    }

    @GetMapping("/{id}")
    PlatformView findPlatform(@PathVariable String id) {
        return PlatformView.of(platforms.find(id));
    }

    @GetMapping
    PageView<PlatformView> searchPlatforms(
            @RequestParam(required = false) PlatformKind kind,
            @RequestParam(required = false) AccreditationLevel level,
            @RequestParam(required = false) District district,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(platforms.search(kind, level, district, paging.pageable()), PlatformView::of);
    }
}
