package cn.wuhu.sti.talent.enclave.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.EnclaveOpened;
import cn.wuhu.sti.events.talent.EnclaveProjectIncubated;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An innovation enclave (创新飞地): an outpost in a resource-rich city elsewhere (Shanghai, Hefei, …) that incubates
 * projects and hands them to Wuhu, where each lands once in a district. Immutable: every command returns the enclave
 * it became and the event that records the change.
 */
public final class Enclave {

    /** The names the city itself goes by; an enclave is by definition somewhere else. */
    private static final Set<String> WUHU = Set.of("芜湖", "芜湖市", "wuhu", "wuhu city");

    // The longest texts the published schemas allow.
    private static final int NAME_LENGTH = 200;
    private static final int CITY_LENGTH = 100;

    private final String id;
    private final String name;
    private final String city;
    private final LocalDate openedOn;
    private final List<EnclaveProject> projects;

    /** An enclave as stored. */
    public Enclave(String id, String name, String city, LocalDate openedOn, List<EnclaveProject> projects) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.city = Objects.requireNonNull(city, "city");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.projects = List.copyOf(projects);
    }

    public static Change<Enclave, EnclaveOpened> open(EnclaveCommands.Open command, String id) {
        String name = Require.text("name", command.name(), NAME_LENGTH);
        String city = Require.text("city", command.city(), CITY_LENGTH);
        if (WUHU.contains(city.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("city", "must be a city other than Wuhu: an enclave is an outpost elsewhere");
        }
        LocalDate openedOn = Require.present("openedOn", command.openedOn());
        var enclave = new Enclave(id, name, city, openedOn, List.of());
        return new Change<>(enclave, new EnclaveOpened(id, name, city, openedOn));
    }

    /** Takes a project into incubation, no earlier than the enclave opened; {@code projectId} comes from outside. */
    public Change<Enclave, EnclaveProjectIncubated> incubate(EnclaveCommands.Incubate command, String projectId) {
        String projectName = Require.text("name", command.name(), NAME_LENGTH);
        Industry industry = Require.present("industry", command.industry());
        LocalDate incubatedOn = Require.present("incubatedOn", command.incubatedOn());
        if (incubatedOn.isBefore(openedOn)) {
            throw new RuleViolation("incubatedOn", "must not be before " + openedOn + ", when the enclave opened");
        }
        if (project(projectId).isPresent()) {
            throw new Conflict("Enclave " + id + " already incubates project " + projectId);
        }
        var project = new EnclaveProject(projectId, projectName, industry, incubatedOn, Optional.empty());
        var event = new EnclaveProjectIncubated(id, projectId, projectName, industry, incubatedOn);
        return new Change<>(with(project), event);
    }

    /** The project moves to a district of Wuhu, once, no earlier than it was incubated. */
    public Change<Enclave, EnclaveProjectLanded> landProject(String projectId, EnclaveCommands.Land command) {
        LocalDate date = Require.present("date", command.date());
        District district = Require.present("district", command.district());
        EnclaveProject project =
                project(projectId).orElseThrow(() -> new NotFound("Enclave " + id + " has no project " + projectId));
        if (project.landed()) {
            var landing = project.landing().orElseThrow();
            throw new Conflict("Project " + projectId + " of enclave " + id + " landed in " + landing.district()
                    + " on " + landing.date() + "; it cannot land again");
        }
        if (date.isBefore(project.incubatedOn())) {
            throw new RuleViolation(
                    "date", "must not be before " + project.incubatedOn() + ", when the project was incubated");
        }
        var landed = new EnclaveProject(
                projectId,
                project.name(),
                project.industry(),
                project.incubatedOn(),
                Optional.of(new EnclaveProject.Landing(date, district)));
        var event = new EnclaveProjectLanded(id, projectId, date, district, project.industry());
        return new Change<>(with(landed), event);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The projects in the order they were incubated. */
    public List<EnclaveProject> projects() {
        return projects;
    }

    public Optional<EnclaveProject> project(String projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst();
    }

    /** This enclave with {@code project} added, or replacing the project of the same id. */
    private Enclave with(EnclaveProject project) {
        var changed = new ArrayList<EnclaveProject>(projects.size() + 1);
        boolean replaced = false;
        for (EnclaveProject existing : projects) {
            boolean same = existing.id().equals(project.id());
            changed.add(same ? project : existing);
            replaced |= same;
        }
        if (!replaced) {
            changed.add(project);
        }
        return new Enclave(id, name, city, openedOn, changed);
    }
}
