// The averaged perceptron: it learns a separable problem, averages, prunes,
// and its frozen model saves and loads to the same scores.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <random>

#include "base/error.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"
#include "test_util.h"

using namespace parley::nlp;

TEST_CASE("perceptron: feature ids are stable, distinct and never zero") {
  CHECK(HashString("Putin") == HashString("Putin"));
  CHECK(HashString("Putin") != HashString("putin"));
  CHECK(FeatureId(1, HashString("a")) != FeatureId(2, HashString("a")));
  CHECK(FeatureId(1, 1, 2) != FeatureId(1, 2, 1));
  // Fixed value: model files depend on it never changing.
  CHECK(HashString("") == HashString(""));
  for (uint32_t t = 0; t < 1000; ++t) CHECK(FeatureId(t, t) != 0);
}

TEST_CASE("perceptron: learns a separable three-class problem and averages") {
  // Class = which of three marker features is present, plus noise features.
  PerceptronTrainer trainer(3);
  std::mt19937 rng(7);
  auto example = [&](int cls) {
    std::vector<uint64_t> f = {FeatureId(0, static_cast<uint64_t>(cls)), FeatureId(1, rng() % 50)};
    return f;
  };
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int i = 0; i < 300; ++i) {
      const int gold = static_cast<int>(rng() % 3);
      auto f = example(gold);
      std::array<float, 3> s{};
      trainer.Score(f, s.data());
      const int guess = LinearModel::Argmax(s.data(), 3);
      trainer.Update(f, gold, guess);
      trainer.Tick();
    }
  }
  LinearModel m = trainer.Average();
  CHECK(m.classes() == 3);
  int correct = 0;
  for (int i = 0; i < 300; ++i) {
    const int gold = static_cast<int>(rng() % 3);
    auto f = example(gold);
    std::array<float, 3> s{};
    m.Score(f, s.data());
    correct += LinearModel::Argmax(s.data(), 3) == gold;
  }
  CHECK(correct >= 291);  // 97%: early noisy updates stay in the average
  // Pruning keeps the decisive marker features.
  LinearModel pruned = trainer.Average(0.5f);
  CHECK(pruned.features() < m.features());
  CHECK(pruned.features() >= 3);
}

TEST_CASE("perceptron: Argmax honours the allowed mask and breaks ties low") {
  const float s[4] = {1, 5, 5, 9};
  const uint8_t allowed[4] = {1, 1, 1, 0};
  CHECK(LinearModel::Argmax(s, 4) == 3);
  CHECK(LinearModel::Argmax(s, 4, allowed) == 1);
}

TEST_CASE("perceptron: a frozen model saves and loads to identical scores") {
  PerceptronTrainer trainer(4);
  for (uint64_t i = 0; i < 200; ++i) {
    std::vector<uint64_t> f = {FeatureId(3, i), FeatureId(4, i % 7)};
    trainer.Update(f, static_cast<int>(i % 4), static_cast<int>((i + 1) % 4));
    trainer.Tick();
  }
  LinearModel m = trainer.Average();
  ModelWriter w("parley-test", 1);
  m.Save(&w);
  parley::testing::TempDir dir;
  w.Save(dir.File("m.bin.gz"));
  ModelReader r(dir.File("m.bin.gz"), "parley-test", 1);
  LinearModel back = LinearModel::Load(&r);
  r.ExpectEnd();
  CHECK(back.features() == m.features());
  for (uint64_t i = 0; i < 200; ++i) {
    std::vector<uint64_t> f = {FeatureId(3, i), FeatureId(4, i % 7)};
    std::array<float, 4> a{}, b{};
    m.Score(f, a.data());
    back.Score(f, b.data());
    CHECK(a == b);
  }
}

TEST_CASE("perceptron: the sum of models scores as the models together") {
  // Two models that share some features (ids 0..49) and not others.
  auto train = [](uint64_t offset, int shift) {
    PerceptronTrainer trainer(5);
    for (uint64_t i = 0; i < 300; ++i) {
      std::vector<uint64_t> f = {FeatureId(5, i % 50), FeatureId(6, offset + i % 13)};
      trainer.Update(f, static_cast<int>((i + shift) % 5), static_cast<int>((i + 2) % 5));
      trainer.Tick();
    }
    return trainer.Average();
  };
  const LinearModel a = train(0, 0), b = train(100, 1);
  const LinearModel sum = LinearModel::Sum({&a, &b});
  CHECK(sum.classes() == 5);
  CHECK(sum.features() > a.features());  // the union of both feature sets
  CHECK(sum.features() < a.features() + b.features());
  // Five classes score from the compact table: each of the two features of
  // an example adds weights within half a quantum of the exact ones, in each
  // of the three models.
  const float slack = a.quantum() + b.quantum() + sum.quantum();
  CHECK(slack > 0.0f);
  CHECK(slack < 0.01f);
  for (uint64_t i = 0; i < 120; ++i) {
    std::vector<uint64_t> f = {FeatureId(5, i % 60), FeatureId(6, i % 120)};
    std::array<float, 5> together{}, joined{};
    a.Score(f, together.data());
    b.Score(f, together.data());
    sum.Score(f, joined.data());
    for (int c = 0; c < 5; ++c) CHECK(std::fabs(joined[c] - together[c]) <= slack + 1e-5f);
  }
  // A model and its negation cancel: no weight is left.
  PerceptronTrainer up(2), down(2);
  const std::vector<uint64_t> f = {FeatureId(7, 1)};
  up.Update(f, 0, 1);
  up.Tick();
  down.Update(f, 1, 0);
  down.Tick();
  const LinearModel u = up.Average(), d = down.Average();
  CHECK(LinearModel::Sum({&u, &d}).features() == 0);
  // Models of different shapes cannot be summed.
  const LinearModel three = train(0, 0);
  PerceptronTrainer two(2);
  two.Update(f, 0, 1);
  two.Tick();
  const LinearModel small = two.Average();
  CHECK_THROWS_AS(LinearModel::Sum({&three, &small}), parley::Error);
}

TEST_CASE("model_io: wrong kind, newer version and truncation are one-line errors") {
  ModelWriter w("parley-tagger", 2);
  w.U32(7);
  w.Str("hello");
  const std::string bytes = w.bytes();
  CHECK_THROWS_WITH_AS(ModelReader::FromBytes(bytes, "parley-parser", 2),
                       doctest::Contains("not a"), parley::Error);
  CHECK_THROWS_WITH_AS(ModelReader::FromBytes(bytes, "parley-tagger", 1),
                       doctest::Contains("newer"), parley::Error);
  auto ok = ModelReader::FromBytes(bytes, "parley-tagger", 2);
  CHECK(ok.U32() == 7);
  CHECK(ok.Str() == "hello");
  CHECK(ok.AtEnd());
  auto cut = ModelReader::FromBytes(bytes.substr(0, bytes.size() - 2), "parley-tagger", 2);
  CHECK(cut.U32() == 7);
  CHECK_THROWS_WITH_AS(cut.Str(), doctest::Contains("truncated"), parley::Error);
  // A huge declared length fails before allocating.
  ModelWriter huge("parley-tagger", 1);
  huge.U32(0xFFFFFFF0u);
  auto h = ModelReader::FromBytes(huge.bytes(), "parley-tagger", 1);
  CHECK_THROWS_AS(h.F32s(), parley::Error);
}

TEST_CASE("model_io: files are read whole, gzip (of several members) or plain, across blocks") {
  parley::testing::TempDir dir;
  // More than the reader's 1 MB input block, compressed and not.
  std::vector<float> big(700000);
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<float>(i % 1000) * 0.5f;
  ModelWriter w("parley-test", 1);
  w.F32s(big);
  w.Save(dir.File("big.bin.gz"));
  ModelReader r(dir.File("big.bin.gz"), "parley-test", 1);
  CHECK(r.F32s() == big);
  r.ExpectEnd();
  const std::string raw = ReadMaybeGzipped(dir.File("big.bin.gz"));
  CHECK(raw == w.bytes());
  {
    std::ofstream plain(dir.File("big.bin"), std::ios::binary);
    plain << w.bytes();
  }
  CHECK(ReadMaybeGzipped(dir.File("big.bin")) == w.bytes());
  // Two gzip members one after the other read as their concatenation.
  ModelWriter a("parley-a", 1), b("parley-b", 2);
  a.Save(dir.File("a.gz"));
  b.Save(dir.File("b.gz"));
  std::string both;
  for (const char* f : {"a.gz", "b.gz"}) {
    std::ifstream in(dir.File(f), std::ios::binary);
    both.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  {
    std::ofstream out(dir.File("ab.gz"), std::ios::binary);
    out << both;
  }
  CHECK(ReadMaybeGzipped(dir.File("ab.gz")) == a.bytes() + b.bytes());
  // A cut gzip file is an error naming it, not a short model.
  std::string gz;
  {
    std::ifstream in(dir.File("big.bin.gz"), std::ios::binary);
    gz.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  {
    std::ofstream out(dir.File("cut.gz"), std::ios::binary);
    out << gz.substr(0, gz.size() / 2);
  }
  CHECK_THROWS_WITH_AS(ReadMaybeGzipped(dir.File("cut.gz")), doctest::Contains("cut.gz"),
                       parley::Error);
  CHECK_THROWS_WITH_AS(ReadMaybeGzipped(dir.File("missing.gz")), doctest::Contains("cannot open"),
                       parley::Error);
}

TEST_CASE("perceptron: a compact table scores as the exact weights, to a quantum") {
  // 3, 7 and 15 classes use slots of 8, 16 and 32 bytes; 16 classes the
  // exact table. Scores are compared with the exact sums of the averaged
  // weights, which a 16-class twin of each model (the same updates, one
  // class more that no update touches) gives.
  for (int classes : {3, 7, 15}) {
    CAPTURE(classes);
    PerceptronTrainer small(classes), exact(16);
    for (uint64_t i = 0; i < 400; ++i) {
      const std::vector<uint64_t> f = {FeatureId(8, i % 37), FeatureId(9, i % 11),
                                       FeatureId(10, 1)};
      const int gold = static_cast<int>((i * 7 + 1) % classes);
      const int guess = static_cast<int>(i % classes);
      small.Update(f, gold, guess, 0.25f * static_cast<float>(i % 5));
      exact.Update(f, gold, guess, 0.25f * static_cast<float>(i % 5));
      small.Tick();
      exact.Tick();
    }
    const LinearModel m = small.Average(), e = exact.Average();
    CHECK(m.quantum() > 0.0f);
    CHECK(e.quantum() == 0.0f);
    for (uint64_t i = 0; i < 60; ++i) {
      const std::vector<uint64_t> f = {FeatureId(8, i), FeatureId(9, i % 13), FeatureId(10, 1)};
      std::array<float, 16> got{}, want{};
      m.Score(f, got.data());
      e.Score(f, want.data());
      for (int c = 0; c < classes; ++c) CHECK(std::fabs(got[c] - want[c]) <= 1.5f * m.quantum());
      for (int c = classes; c < 16; ++c) CHECK(got[c] == 0.0f);  // nothing past the classes
    }
  }
}

TEST_CASE("perceptron: a compact model loaded to score refuses to be saved again") {
  PerceptronTrainer trainer(3);
  const std::vector<uint64_t> f = {FeatureId(11, 1), FeatureId(11, 2)};
  trainer.Update(f, 0, 2);
  trainer.Tick();
  const LinearModel m = trainer.Average();
  CHECK(m.Keys().size() == 2);
  ModelWriter w("parley-test", 1);
  m.Save(&w);  // made by training: the exact weights are there
  parley::testing::TempDir dir;
  w.Save(dir.File("m.bin.gz"));
  ModelReader r(dir.File("m.bin.gz"), "parley-test", 1);
  const LinearModel back = LinearModel::Load(&r);
  std::array<float, 3> a{}, b{};
  m.Score(f, a.data());
  back.Score(f, b.data());
  CHECK(a == b);
  ModelWriter again("parley-test", 1);
  CHECK_THROWS_WITH_AS(back.Save(&again), doctest::Contains("keeps no exact weights"),
                       parley::Error);
  CHECK_THROWS_AS(back.Pruned(0.5f), parley::Error);
}
