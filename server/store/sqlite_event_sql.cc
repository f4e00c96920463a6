// Shared SQL fragments for event reads.
#include "store/sqlite_event_sql.h"

#include "base/vocabulary.h"

namespace parley::store {
namespace {

// 'a', 'b' for the roles of `side` (vocabulary names are plain words).
std::string RoleList(vocab::DyadSide side) {
  std::string out;
  for (const auto& r : vocab::Roles())
    if (r.side == side) out += (out.empty() ? "'" : ", '") + std::string(r.name) + "'";
  return out.empty() ? "''" : out;
}

std::string Visible(const std::string& as_of) {
  return as_of.empty() ? "" : " AND p.first_seen <= " + as_of;
}

// The first participation of `event` in a role of `side`.
std::string FirstInSide(const std::string& event, const std::string& as_of, vocab::DyadSide side) {
  return "(SELECT p.entity_id FROM event_participants p WHERE p.event_id = " + event +
         " AND p.role IN (" + RoleList(side) + ")" + Visible(as_of) +
         " ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1)";
}

// The participation of neither side after `offset` others, places excluded.
std::string NthNeutral(const std::string& event, const std::string& as_of,
                       const std::string& offset) {
  return "(SELECT p.entity_id FROM event_participants p JOIN entities pe ON pe.id = p.entity_id "
         "WHERE p.event_id = " +
         event + " AND p.role NOT IN (" + RoleList(vocab::DyadSide::kSource) + ", " +
         RoleList(vocab::DyadSide::kTarget) + ") AND pe.type <> 'location'" + Visible(as_of) +
         " ORDER BY p.first_seen, p.entity_id, p.role LIMIT 1 OFFSET " + offset + ")";
}

}  // namespace

std::string DateFromSql(const std::string& column, const std::string& param) {
  return "(" + param + " = '' OR (" + column + " >= substr(" + param + ", 1, 4) AND " + column +
         " || '~' >= " + param + "))";
}

std::string DateToSql(const std::string& column, const std::string& param) {
  return "(" + param + " = '' OR " + column + " <= " + param + " || '~')";
}

std::string DyadSourceSql(const std::string& event, const std::string& as_of) {
  return "coalesce(" + FirstInSide(event, as_of, vocab::DyadSide::kSource) + ", " +
         NthNeutral(event, as_of, "0") + ")";
}

std::string DyadTargetSql(const std::string& event, const std::string& as_of) {
  // When no participant holds a source role, the source was the first
  // neutral one, and the target is the next.
  return "coalesce(" + FirstInSide(event, as_of, vocab::DyadSide::kTarget) + ", CASE WHEN " +
         FirstInSide(event, as_of, vocab::DyadSide::kSource) + " IS NULL THEN " +
         NthNeutral(event, as_of, "1") + " ELSE " + NthNeutral(event, as_of, "0") + " END)";
}

std::string DyadWhere(const std::string& event, const std::string& a, const std::string& b,
                      const std::string& directed, const std::string& as_of) {
  auto takes_part = [&](const std::string& who) {
    return "EXISTS (SELECT 1 FROM event_participants dp WHERE dp.event_id = " + event +
           " AND dp.entity_id = " + who + " AND dp.first_seen <= " + as_of + ")";
  };
  return "(" + a + " = 0 OR (" + directed + " = 0 AND " + takes_part(a) + " AND " + takes_part(b) +
         ") OR (" + directed + " = 1 AND " + DyadSourceSql(event, as_of) + " = " + a + " AND " +
         DyadTargetSql(event, as_of) + " = " + b + "))";
}

AggregateKeys AggregateKeySql(const AggregateQuery& a) {
  const std::pair<bool, const char*> keys[] = {
      {a.by_date, "x.date"},         {a.by_date, "x.date_precision"},
      {a.by_type, "x.type"},         {a.by_cameo_root, "substr(x.cameo, 1, 2)"},
      {a.by_plover, "x.plover"},     {a.by_quad_class, "x.quad_class"},
      {a.by_place, "x.location_id"}, {a.by_source, "x.src"},
      {a.by_target, "x.tgt"}};
  AggregateKeys out;
  int ordinal = 0;
  for (const auto& [on, expr] : keys) {
    ++ordinal;
    out.select += on ? expr : "NULL";
    out.select += ", ";
    if (!on) continue;
    if (!out.group.empty()) out.group += ", ";
    out.group += std::to_string(ordinal);
  }
  return out;
}

}  // namespace parley::store
