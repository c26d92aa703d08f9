package cn.wuhu.sti.techmarket.contract;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.contract.model.TechContract;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** Registered technology contracts (技术合同认定登记), known by their registration number. */
@RestController
@Validated
@RequestMapping("/api/techmarket/contracts")
class ContractController {

    private static final String CONTRACT = "/api/techmarket/contracts/{registrationNo}";

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Registered; Location names the contract")
    @ApiResponse(responseCode = "409", description = "The registration number is already registered")
    ResponseEntity<ContractView> registerContract(@Valid @RequestBody ContractRequests.RegisterRequest request) {
        return created(contracts.register(request.toCommand()));
    }

    @PostMapping("/{registrationNo}/correction")
    @ApiResponse(responseCode = "201", description = "Corrected; the contract counts with its corrected terms")
    @ApiResponse(responseCode = "409", description = "The contract was withdrawn")
    ResponseEntity<ContractView> correctContract(
            @PathVariable String registrationNo, @Valid @RequestBody ContractRequests.CorrectRequest request) {
        return created(contracts.change(registrationNo, contract -> contract.correct(request.toCommand())));
    }

    @PostMapping("/{registrationNo}/withdrawal")
    @ApiResponse(responseCode = "201", description = "Withdrawn; the contract no longer counts")
    @ApiResponse(responseCode = "409", description = "The contract was withdrawn already")
    ResponseEntity<ContractView> withdrawContract(
            @PathVariable String registrationNo, @Valid @RequestBody ContractRequests.WithdrawRequest request) {
        return created(contracts.change(registrationNo, contract -> contract.withdraw(request.toCommand())));
    }

    @GetMapping("/{registrationNo}")
    ContractView findContract(@PathVariable String registrationNo) {
        return ContractView.of(contracts.find(registrationNo));
    }

    @GetMapping
    PageView<ContractView> searchContracts(
            @Parameter(description = "The year the contract was registered")
                    @RequestParam(required = false)
                    @Min(1990)
                    @Max(2100)
                    Integer year,
            @RequestParam(required = false) District district,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(contracts.search(year, district, paging.pageable()), ContractView::of);
    }

    private static ResponseEntity<ContractView> created(TechContract contract) {
        return Created.at(ContractView.of(contract), CONTRACT, contract.registrationNo());
    }
}
