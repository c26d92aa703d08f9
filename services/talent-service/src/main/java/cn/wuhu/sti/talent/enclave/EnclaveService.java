package cn.wuhu.sti.talent.enclave;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.talent.enclave.model.Enclave;
import cn.wuhu.sti.talent.enclave.model.EnclaveCommands;
import cn.wuhu.sti.talent.enclave.model.EnclaveProject;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the enclave commands: the enclave decides, the store keeps its new state and event in one write. */
@Service
class EnclaveService {

    private final AggregateStore<EnclaveDocument> enclaves;
    private final IdGenerator ids;

    EnclaveService(AggregateStores stores, IdGenerator ids) {
        this.enclaves = stores.of(EnclaveDocument.class, "enclave");
        this.ids = ids;
    }

    Enclave open(EnclaveCommands.Open command) {
        var opened = Enclave.open(command, ids.generateId().toString());
        var enclave = opened.aggregate();
        enclaves.insert(enclave.id(), EnclaveDocument.of(enclave), List.of(opened.event()));
        return enclave;
    }

    EnclaveProject incubate(String enclaveId, EnclaveCommands.Incubate command) {
        String projectId = ids.generateId().toString();
        return enclaves.change(enclaveId, stored -> {
            var change = stored.toEnclave().incubate(command, projectId);
            var enclave = change.aggregate();
            return new Decision<>(
                    EnclaveDocument.of(enclave),
                    List.of(change.event()),
                    enclave.project(projectId).orElseThrow());
        });
    }

    EnclaveProject land(String enclaveId, String projectId, EnclaveCommands.Land command) {
        return enclaves.change(enclaveId, stored -> {
            var change = stored.toEnclave().landProject(projectId, command);
            var enclave = change.aggregate();
            return new Decision<>(
                    EnclaveDocument.of(enclave),
                    List.of(change.event()),
                    enclave.project(projectId).orElseThrow());
        });
    }

    Enclave find(String id) {
        return enclaves.get(id).toEnclave();
    }

    EnclaveProject project(String enclaveId, String projectId) {
        return find(enclaveId)
                .project(projectId)
                .orElseThrow(() -> new NotFound("Enclave " + enclaveId + " has no project " + projectId));
    }

    Page<Enclave> list(Pageable page) {
        return enclaves.page(new Query(), page).map(EnclaveDocument::toEnclave);
    }
}
