package cn.gongkai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gongkai.common.Clock;
import cn.gongkai.common.EntityTags;
import cn.gongkai.common.PageRequest;
import cn.gongkai.common.TextRules;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.core.EntityTag;

@ApplicationScoped
public class AgencyService {

    public record Listing(List<Agency> agencies, long totalItems) {
    }

    public Listing list(PageRequest page, String nameContains, String divisionPrefix) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (nameContains != null && !nameContains.isEmpty()) {
            conditions.add("lower(name) like :name escape '\\'");
            parameters.and("name", "%" + likeEscape(nameContains.toLowerCase()) + "%");
        }
        if (divisionPrefix != null && !divisionPrefix.isEmpty()) {
            conditions.add("divisionCode like :division escape '\\'");
            parameters.and("division", likeEscape(divisionPrefix) + "%");
        }
        String where = String.join(" and ", conditions);
        Map<String, Object> values = parameters.map();
        PanacheQuery<Agency> query = where.isEmpty() ? Agency.findAll(Sort.by("id")) : Agency.find(where, Sort.by("id"), values);
        return new Listing(query.page(page.page(), page.size()).list(), query.count());
    }

    public Agency get(long id) {
        return get(id, LockModeType.NONE);
    }

    private static Agency get(long id, LockModeType lock) {
        return Agency.<Agency> findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound("There is no agency " + id + "."));
    }

    @Transactional
    public Agency create(AgencyBody body) {
        if (body.id() != null) {
            throw ApiException.invalidInput(Violation.at("/id", "is assigned by the server; leave it out"));
        }
        Agency agency = new Agency();
        apply(body, agency);
        agency.createdAt = agency.updatedAt = Clock.now();
        agency.persistAndFlush();
        return agency;
    }

    @Transactional
    public Agency update(long id, AgencyBody body, String ifMatch) {
        Agency agency = get(id, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, etag(agency), "agency " + id);
        if (body.id() != null && body.id() != id) {
            throw ApiException.invalidInput(Violation.at("/id", "is " + body.id() + " but the path names agency " + id));
        }
        String name = agency.name;
        AgencyLevel level = agency.level;
        ReportScope scope = agency.scope;
        apply(body, agency);
        if (!agency.name.equals(name) || agency.level != level || agency.scope != scope) {
            // rules read the name, level and scope: validation counts made before are stale from this commit on
            agency.identityVersion++;
        }
        agency.updatedAt = Clock.now();
        agency.persistAndFlush();
        return agency;
    }

    @Transactional
    public void delete(long id, boolean cascade, String ifMatch) {
        Agency agency = get(id, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, etag(agency), "agency " + id);
        long reports = Agency.getEntityManager()
                .createQuery("select count(r) from Report r where r.agency.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (reports > 0 && !cascade) {
            throw ApiException.conflict("Agency " + id + " has " + reports + " report(s). Delete them first, or send "
                    + "DELETE /agencies/" + id + "?cascade=true to delete the agency with its reports.", List.of());
        }
        // Reports, sections and cells go with it through ON DELETE CASCADE.
        agency.delete();
    }

    public static EntityTag etag(Agency agency) {
        return EntityTags.of("agency", agency.id, agency.version);
    }

    private static void apply(AgencyBody body, Agency agency) {
        String code = TextRules.blankToNull(body.code());
        if (code != null && Agency.count("code = ?1 and id <> ?2", code, agency.id == null ? -1L : agency.id) > 0) {
            throw ApiException.conflict("Another agency already has the unified social credit code " + code + ".",
                    List.of(Violation.at("/code", "is already used by another agency")));
        }
        agency.name = body.name();
        agency.code = code;
        agency.divisionCode = body.divisionCode();
        agency.level = body.level();
        agency.scope = body.scope() == null ? ReportScope.AGENCY : body.scope();
        agency.address = TextRules.blankToNull(body.address());
        agency.phone = TextRules.blankToNull(body.phone());
        agency.website = TextRules.blankToNull(body.website());
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
