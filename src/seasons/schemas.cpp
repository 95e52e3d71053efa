#include "seasons/schemas.hpp"

namespace anzan::seasons {

void add_schemas(http::Router& router) {
    router.add_schema("ResetRequest", R"json({
      "type":"object","description":"Both absent: everyone, as the legacy reset did",
      "properties":{"branch":{"type":["string","null"]},"course":{"type":["string","null"]}}})json");
    // The guide's five counts always, then every other table the reset changes (its own count key).
    router.add_schema("ResetResponse", R"json({
      "type":"object","required":["message","summary"],
      "properties":{
        "message":{"type":"string"},
        "summary":{
          "type":"object",
          "required":["practice_sessions_deleted","paper_attempts_deleted","rewards_deleted","users_reset",
                      "leaderboard_entries_reset","backup","season_id"],
          "properties":{
            "practice_sessions_deleted":{"type":"integer"},"paper_attempts_deleted":{"type":"integer"},
            "rewards_deleted":{"type":"integer"},"users_reset":{"type":"integer"},
            "leaderboard_entries_reset":{"type":"integer"},
            "attempts_deleted":{"type":"integer"},"points_logs_deleted":{"type":"integer"},
            "backup":{"type":["string","null"],"description":"The verified backup's path"},
            "season_id":{"type":["integer","null"],"description":"The archived season; null in a dry run"}}}}})json");
    router.add_schema("Scope", R"json({
      "type":"object","required":["branch","course"],
      "properties":{"branch":{"type":["string","null"]},"course":{"type":["string","null"]}}})json");
    router.add_schema("Season", R"json({
      "type":"object","required":["id","name","scope","started_at","ended_at","students"],
      "properties":{
        "id":{"type":"integer"},"name":{"type":"string"},"scope":{"$ref":"#/components/schemas/Scope"},
        "started_at":{"type":["string","null"],"format":"date-time"},
        "ended_at":{"type":["string","null"],"format":"date-time"},
        "students":{"type":"integer"},
        "backup_path":{"type":["string","null"],"description":"Admins only"},
        "reset_by_user_id":{"type":["integer","null"],"description":"Admins only"},
        "reset_by_os_user":{"type":["string","null"],"description":"Admins only"}}})json");
    router.add_schema("Standing", R"json({
      "type":"object",
      "required":["rank","user_id","name","public_id","branch","course","level","final_points","weekly_points",
                  "current_streak","longest_streak","total_questions_attempted","badges_count","badges"],
      "properties":{
        "rank":{"type":["integer","null"]},"user_id":{"type":"integer"},"name":{"type":"string"},
        "public_id":{"type":["string","null"]},"branch":{"type":["string","null"]},
        "course":{"type":["string","null"]},"level":{"type":["string","null"]},
        "final_points":{"type":"integer"},"weekly_points":{"type":"integer"},
        "current_streak":{"type":"integer"},"longest_streak":{"type":"integer"},
        "total_questions_attempted":{"type":"integer"},"badges_count":{"type":"integer"},
        "badges":{"type":["array","null"],"items":{"type":"string"},
                  "description":"The badge types the student held, as archived"}}})json");
    router.add_schema("SeasonStandings", R"json({
      "type":"object","required":["season","standings"],
      "properties":{"season":{"$ref":"#/components/schemas/Season"},
                    "standings":{"type":"array","items":{"$ref":"#/components/schemas/Standing"}}}})json");
    router.add_schema("AuditEntry", R"json({
      "type":"object",
      "required":["id","actor_user_id","actor_os_user","action","scope","counts","backup_path","detail","created_at"],
      "properties":{
        "id":{"type":"integer"},"actor_user_id":{"type":["integer","null"]},
        "actor_os_user":{"type":["string","null"]},"action":{"type":"string"},
        "scope":{"description":"The scope the action covered, as recorded"},
        "counts":{"description":"The rows it changed per table, as recorded"},
        "backup_path":{"type":["string","null"]},"detail":{"type":["string","null"]},
        "created_at":{"type":"string","format":"date-time"}}})json");
}

}  // namespace anzan::seasons
