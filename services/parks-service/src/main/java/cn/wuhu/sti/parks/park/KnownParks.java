package cn.wuhu.sti.parks.park;

import cn.wuhu.sti.domain.NotFound;
import java.util.List;
import org.springframework.stereotype.Component;

/** Which parks exist, for the features that name parks by id (dispatch meetings); an unknown one is a 404 naming it. */
@Component
public class KnownParks {

    private final ParkService parks;

    KnownParks(ParkService parks) {
        this.parks = parks;
    }

    public void requireAll(List<String> parkIds) {
        for (String id : parkIds) {
            if (!parks.exists(id)) {
                throw new NotFound("No park " + id);
            }
        }
    }
}
