#include "accounts/schemas.hpp"

namespace anzan::accounts {

void add_schemas(http::Router& router) {
    router.add_schema("Role", R"json({"type":"string","enum":["student","teacher","admin"]})json");
    router.add_schema("User", R"json({
      "type":"object",
      "required":["id","email","name","display_name","avatar_url","role","total_points","current_streak",
                  "longest_streak","created_at","public_id","is_active"],
      "properties":{
        "id":{"type":"integer"},
        "email":{"type":"string"},
        "name":{"type":"string"},
        "display_name":{"type":["string","null"],"description":"Shown on leaderboards instead of the name"},
        "avatar_url":{"type":["string","null"]},
        "role":{"$ref":"#/components/schemas/Role"},
        "total_points":{"type":"integer"},
        "current_streak":{"type":"integer"},
        "longest_streak":{"type":"integer"},
        "created_at":{"type":"string","format":"date-time"},
        "public_id":{"type":["string","null"],"description":"The student's academy id, e.g. TH-0001"},
        "is_active":{"type":"boolean"}}})json");
    router.add_schema("AuthConfig", R"json({
      "type":"object","required":["academy_name","google_client_id"],
      "properties":{"academy_name":{"type":"string"},"google_client_id":{"type":["string","null"]}}})json");
    router.add_schema("Credentials", R"json({
      "type":"object","required":["email","password"],
      "properties":{"email":{"type":"string"},"password":{"type":"string"}}})json");
    router.add_schema("GoogleCredential", R"json({
      "type":"object","description":"A Google ID token, as credential (or token)",
      "properties":{"credential":{"type":"string"},"token":{"type":"string"}}})json");
    router.add_schema("LoginResponse", R"json({
      "type":"object","required":["access_token","token_type","user"],
      "properties":{"access_token":{"type":"string"},"token_type":{"type":"string","enum":["bearer"]},
                    "user":{"$ref":"#/components/schemas/User"}}})json");
    router.add_schema("PasswordChange", R"json({
      "type":"object","required":["current_password","new_password"],
      "properties":{"current_password":{"type":"string"},"new_password":{"type":"string"}}})json");
    router.add_schema("PasswordChanged", R"json({
      "type":"object","required":["message","access_token","token_type"],
      "properties":{"message":{"type":"string"},"access_token":{"type":"string"},
                    "token_type":{"type":"string","enum":["bearer"]}}})json");
    router.add_schema("DisplayNameChange", R"json({
      "type":"object","required":["display_name"],"properties":{"display_name":{"type":"string"}}})json");
    router.add_schema("NewUser", R"json({
      "type":"object","required":["email","name"],
      "properties":{"email":{"type":"string"},"name":{"type":"string"},
                    "password":{"type":"string","description":"Empty or absent: Google sign-in only"},
                    "role":{"$ref":"#/components/schemas/Role"},
                    "branch":{"type":["string","null"]},"course":{"type":["string","null"]}}})json");
    router.add_schema("UserUpdate", R"json({
      "type":"object",
      "properties":{"role":{"$ref":"#/components/schemas/Role"},"name":{"type":"string"},
                    "display_name":{"type":["string","null"]},"is_active":{"type":"boolean"}}})json");
}

}  // namespace anzan::accounts
