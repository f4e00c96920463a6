// Tests for Config: file, environment and flag layering and its errors.
#include "base/config.h"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "base/error.h"
#include "test_util.h"

using parley::Config;
using parley::Error;

TEST_CASE("config defaults are usable") {
  Config c;
  CHECK(c.port == 8080);
  CHECK(c.host == "127.0.0.1");
  CHECK_NOTHROW(parley::ValidateConfig(c));
}

TEST_CASE("config JSON applies known keys") {
  Config c;
  parley::ApplyConfigJson(
      c,
      nlohmann::json::parse(
          R"({"port": 9000, "cors_origins": ["http://a"], "read_requires_token": true, "$comment": "x"})"));
  CHECK(c.port == 9000);
  REQUIRE(c.cors_origins.size() == 1);
  CHECK(c.read_requires_token);
}

TEST_CASE("config rejects unknown keys, wrong types and out-of-range values") {
  Config c;
  CHECK_THROWS_WITH_AS(parley::ApplyConfigJson(c, nlohmann::json::parse(R"({"prot": 1})")),
                       "config key 'prot': unknown key", Error);
  CHECK_THROWS_AS(parley::ApplyConfigJson(c, nlohmann::json::parse(R"({"port": "80"})")), Error);
  CHECK_THROWS_AS(parley::ApplyConfigJson(c, nlohmann::json::parse(R"({"port": 70000})")), Error);
  CHECK_THROWS_AS(parley::ApplyConfigJson(c, nlohmann::json::parse(R"({"log_format": "xml"})")),
                  Error);
  CHECK_THROWS_AS(parley::ApplyConfigJson(c, nlohmann::json::parse("[1]")), Error);
  CHECK_THROWS_AS(parley::SetConfigKey(c, "port", "12ab"), Error);
  CHECK_THROWS_AS(parley::SetConfigKey(c, "read_requires_token", "maybe"), Error);
}

TEST_CASE("config file errors name the path") {
  parley::testing::TempDir dir;
  Config c;
  CHECK_THROWS_WITH_AS(parley::ApplyConfigFile(c, dir.File("missing.json")),
                       doctest::Contains("cannot read"), Error);
  std::ofstream(dir.File("bad.json")) << "{not json";
  CHECK_THROWS_WITH_AS(parley::ApplyConfigFile(c, dir.File("bad.json")),
                       doctest::Contains("bad.json is not valid JSON"), Error);
}

TEST_CASE("environment overrides file values and names the variable on error") {
  Config c;
  std::map<std::string, std::string> env = {{"PARLEY_PORT", "9100"},
                                            {"PARLEY_CORS_ORIGINS", "http://a,http://b"},
                                            {"PARLEY_WRITE_TOKEN", "s3cret"}};
  auto get = [&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  parley::ApplyConfigEnv(c, get);
  CHECK(c.port == 9100);
  CHECK(c.cors_origins.size() == 2);
  CHECK(c.write_token == "s3cret");
  env["PARLEY_THREADS"] = "-3";
  CHECK_THROWS_WITH_AS(parley::ApplyConfigEnv(c, get), doctest::Contains("PARLEY_THREADS"), Error);
}

TEST_CASE("the shipped config file parses") {
  Config c;
  CHECK_NOTHROW(
      parley::ApplyConfigFile(c, (parley::testing::SourceDir() / "config/parley.json").string()));
  CHECK(c.port == 8080);
}
