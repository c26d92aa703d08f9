package cn.wuhu.sti.techmarket.contract;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.events.techmarket.ContractEvent;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.contract.model.TechContract;
import cn.wuhu.sti.techmarket.contract.model.TechContractCommands;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Runs the contract commands. The registration number is the stored id, so a second registration under it is the
 * store's duplicate-key conflict, whoever sends it and however close together.
 */
@Service
class ContractService {

    private final AggregateStore<ContractDocument> contracts;

    ContractService(AggregateStores stores) {
        this.contracts = stores.of(ContractDocument.class, "technology contract");
    }

    TechContract register(TechContractCommands.Register command) {
        var registered = TechContract.register(command);
        var contract = registered.aggregate();
        contracts.insert(contract.registrationNo(), ContractDocument.of(contract), List.of(registered.event()));
        return contract;
    }

    TechContract change(
            String registrationNo, Function<TechContract, Change<TechContract, ? extends ContractEvent>> command) {
        return contracts.change(registrationNo, stored -> {
            var change = command.apply(stored.toContract());
            var contract = change.aggregate();
            return new Decision<>(ContractDocument.of(contract), List.of(change.event()), contract);
        });
    }

    TechContract find(String registrationNo) {
        return contracts.get(registrationNo).toContract();
    }

    /** Contracts registered in a year, in a district; each criterion optional. */
    Page<TechContract> search(Integer year, District district, Pageable page) {
        var query = new Query();
        if (year != null) {
            query.addCriteria(
                    where("registeredOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
        }
        if (district != null) {
            query.addCriteria(where("district").is(district));
        }
        return contracts.page(query, page).map(ContractDocument::toContract);
    }
}
