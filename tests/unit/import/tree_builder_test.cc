// The structure the importer builds, seen through the AKN it writes: which
// element each line becomes, its eId, num and heading.

#include "tree_builder.h"

#include "import_test_util.h"

#include <doctest/doctest.h>

namespace concord::test {
namespace {

ImportOptions Treaty() {
  ImportOptions options;
  options.path = "in.md";
  options.doc_type = "treaty";
  options.frbr_work = "/akn/un/treaty/2001-02-03/model";
  return options;
}

// Every construct of a treaty written in Markdown, with the quirks of the
// shared corpus: no space after the hashes, double spaces, captions as
// separate #### lines, "(a)" glued to its text, consecutive numbered lines.
constexpr const char* kModelConvention =
    "####Model Convention on Examples\n"
    "\n"
    "PreambleThe States Parties to this Convention,Recalling the need for "
    "[examples](../../other/README.md),Considering that tests must fail when wrong,Have agreed "
    "as follows:\n"
    "### PART  I  \n"
    "\n"
    "####GENERAL PROVISIONS\n"
    "\n"
    "### Article  1  \n"
    "\n"
    "####Purpose\n"
    "\n"
    "1. First paragraph.\n"
    "2. Second paragraph:\n"
    "\n"
    "(a)first point;\n"
    "\n"
    "(b) second point, with\n"
    "\n"
    "(i) a roman item;\n"
    "\n"
    "(ii) another roman item;\n"
    "\n"
    "(c) third point.\n"
    "3. Third paragraph.\n"
    "\n"
    "###Article 2 \n"
    "\n"
    "Text of “article” two.![10000](http://example.org/Illustration/10000)\n"
    "\n"
    "###PART II\n"
    "\n"
    "### Article  3  \n"
    "\n"
    "a) point a;\n"
    "\n"
    "b) point b.\n"
    "\n"
    "Closing words of the article.\n"
    "\n"
    "### ANNEX  I  \n"
    "\n"
    "####Model form\n"
    "\n"
    "### Article  1  \n"
    "\n"
    "Annex article text.\n";

TEST_CASE("a Markdown treaty: parts, articles, paragraphs, points, annex") {
  Status status;
  Diagnostics diagnostics;
  import::ImportTree tree = Tree(kModelConvention, Treaty(), &status, &diagnostics);
  REQUIRE(status.ok());
  CHECK(Messages(diagnostics) == "");
  CHECK(Structure(tree) ==
        "part part_I [PART I] {GENERAL PROVISIONS}\n"
        "  article art_1 [Article 1] {Purpose}\n"
        "    paragraph art_1__para_1 [1.]\n"
        "    paragraph art_1__para_2 [2.]\n"
        "      point art_1__para_2__point_a [(a)]\n"
        "      point art_1__para_2__point_b [(b)]\n"
        "        point art_1__para_2__point_b__point_i [(i)]\n"
        "        point art_1__para_2__point_b__point_ii [(ii)]\n"
        "      point art_1__para_2__point_c [(c)]\n"
        "    paragraph art_1__para_3 [3.]\n"
        "  article art_2 [Article 2]\n"
        "part part_II [PART II]\n"
        "  article art_3 [Article 3]\n"
        "    point art_3__point_a [a)]\n"
        "    point art_3__point_b [b)]\n"
        "hcontainer annex_I [ANNEX I] {Model form}\n"
        "  article annex_I__art_1 [Article 1]\n");
  CHECK(OwnText(tree, "art_1__para_2") == "Second paragraph:");
  CHECK(OwnText(tree, "art_1__para_2__point_a") == "first point;");
  CHECK(OwnText(tree, "art_2") == "Text of “article” two.");
  CHECK(OwnText(tree, "art_3") == "Closing words of the article.");
  CHECK(FindNode(tree, "art_3")->wrap_up ==
        std::vector<std::string>{"Closing words of the article."});
  CHECK(tree.title == "Model Convention on Examples");
  CHECK(Preamble(tree) ==
        "The States Parties to this Convention, | Recalling the need for examples, | Considering "
        "that tests must fail when wrong, | Have agreed as follows:");
}

TEST_CASE("Roman article numbers keep their case in eIds") {
  import::ImportTree tree =
      Tree("# Convention\n\n###  Article I\n\nText.\n\n### Article II \n\nText.\n", Treaty());
  CHECK(Structure(tree) ==
        "article art_I [Article I]\n"
        "article art_II [Article II]\n");
}

TEST_CASE("bare Roman headings between articles are divisions") {
  import::ImportTree tree = Tree(
      "# Protocol\n\nPreamble The States Parties to this Protocol,\n###I \n\n####General "
      "Provisions\n\n"
      "### Article  1  \n\n####Statement of purpose\n\nThe purposes are: \n\na) one;\n\nb) two.\n\n"
      "###II \n\n####Protection of victims\n\n### Article  2  \n\nText.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "division dvs_I [I] {General Provisions}\n"
        "  article art_1 [Article 1] {Statement of purpose}\n"
        "    point art_1__point_a [a)]\n"
        "    point art_1__point_b [b)]\n"
        "division dvs_II [II] {Protection of victims}\n"
        "  article art_2 [Article 2]\n");
  CHECK(OwnText(tree, "art_1") == "The purposes are:");
  CHECK(Preamble(tree) == "The States Parties to this Protocol,");
}

TEST_CASE("a division nests under a different kind and closes the same kind") {
  import::ImportTree tree = Tree(
      "# Geneva\n\n### PART  III  \n\n### SECTION  I  \n\n### Article  1  \n\nText.\n\n"
      "### SECTION  II  \n\n### CHAPTER  I  \n\n### Article  2  \n\nText.\n\n### CHAPTER  II  \n\n"
      "### Article  3  \n\nText.\n\n### SECTION  III  \n\n### Article  4  \n\nText.\n\n"
      "### PART  IV  \n\n### Article  5  \n\nText.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "part part_III [PART III]\n"
        "  section part_III__sec_I [SECTION I]\n"
        "    article art_1 [Article 1]\n"
        "  section part_III__sec_II [SECTION II]\n"
        "    chapter part_III__sec_II__chp_I [CHAPTER I]\n"
        "      article art_2 [Article 2]\n"
        "    chapter part_III__sec_II__chp_II [CHAPTER II]\n"
        "      article art_3 [Article 3]\n"
        "  section part_III__sec_III [SECTION III]\n"
        "    article art_4 [Article 4]\n"
        "part part_IV [PART IV]\n"
        "  article art_5 [Article 5]\n");
}

TEST_CASE("headings inside an article are cross headings, not divisions") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article VII \n\n####National implementation measures\n\n"
      "###*General undertakings* \n\n1. One.\n\n2. Two.\n\n###*Relations with the Organization* "
      "\n\n"
      "3. Three.\n\n### Article VIII \n\n###A. GENERAL PROVISIONS\n\n1. One.\n\n"
      "###B. THE CONFERENCE\n\n2. Two.\n\n### Article IX \n\nText.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_VII [Article VII] {National implementation measures}\n"
        "  hcontainer art_VII__crossheading_1 {General undertakings}\n"
        "  paragraph art_VII__para_1 [1.]\n"
        "  paragraph art_VII__para_2 [2.]\n"
        "  hcontainer art_VII__crossheading_2 {Relations with the Organization}\n"
        "  paragraph art_VII__para_3 [3.]\n"
        "article art_VIII [Article VIII]\n"
        "  hcontainer art_VIII__crossheading_1 [A] {GENERAL PROVISIONS}\n"
        "  paragraph art_VIII__para_1 [1.]\n"
        "  hcontainer art_VIII__crossheading_2 [B] {THE CONFERENCE}\n"
        "  paragraph art_VIII__para_2 [2.]\n"
        "article art_IX [Article IX]\n");
}

TEST_CASE("a heading right before an article heads it; a numberless CHAPTER is a division") {
  import::ImportTree tree = Tree(
      "# Geneva\n\n###CHAPTER VIII \n\n###Article 53 \n\nText.\n\n####FINAL PROVISIONS\n\n"
      "###Article 54 \n\nText.\n\n###CHAPTER \n\n####FINAL CLAUSES\n\n###Article 55 \n\n"
      "Text.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "chapter chp_VIII [CHAPTER VIII]\n"
        "  article art_53 [Article 53]\n"
        "  hcontainer chp_VIII__crossheading_1 {FINAL PROVISIONS}\n"
        "  article art_54 [Article 54]\n"
        "chapter chp_1 [CHAPTER] {FINAL CLAUSES}\n"
        "  article art_55 [Article 55]\n");
}

TEST_CASE("an instrument appended after the last article gets its own numbering") {
  import::ImportTree tree = Tree(
      "####Covenant\n\n### Article  1  \n\n1. Text.\n\n### Article  2  \n\nText.\n\n"
      "####Optional Protocol to the Covenant\n\nThe States Parties to the present Protocol,\n\n"
      "### Article  1  \n\nProtocol text.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_1 [Article 1]\n"
        "  paragraph art_1__para_1 [1.]\n"
        "article art_2 [Article 2]\n"
        "hcontainer attachment_1 {Optional Protocol to the Covenant}\n"
        "  article attachment_1__art_1 [Article 1]\n");
  CHECK(OwnText(tree, "attachment_1") == "The States Parties to the present Protocol,");
  CHECK(FindNode(tree, "attachment_1")->kind == import::NodeKind::kContainer);
}

TEST_CASE("a Recommendation and a Final Act after the articles are attachments") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article  1  \n\nText.\n\n###Recommendation 146 \n\n"
      "####Recommendation concerning examples\n\nThe General Conference,\n\n###I \n\n"
      "####National policy\n\n1.To ensure success.\n\n2.In this connection:\n\n(a)firm "
      "commitment;\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_1 [Article 1]\n"
        "hcontainer attachment_1 {Recommendation 146}\n"
        "  division attachment_1__dvs_I [I] {National policy}\n"
        "    paragraph attachment_1__dvs_I__para_1 [1.]\n"
        "    paragraph attachment_1__dvs_I__para_2 [2.]\n"
        "      point attachment_1__dvs_I__para_2__point_a [(a)]\n");
  CHECK(FindNode(tree, "attachment_1")->subheading == "Recommendation concerning examples");

  tree = Tree(
      "# Convention\n\n### Article  1  \n\n1. One.\n\n### Article  2  \n\nThis Convention shall "
      "be registered.\n\nIN WITNESS WHEREOF the undersigned have signed.\n\n####Final Act of "
      "the Conference\n\n1.The General Assembly decided.\n\n2.The Conference met.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_1 [Article 1]\n"
        "  paragraph art_1__para_1 [1.]\n"
        "article art_2 [Article 2]\n"
        "hcontainer attachment_1 {Final Act of the Conference}\n"
        "  paragraph attachment_1__para_1 [1.]\n"
        "  paragraph attachment_1__para_2 [2.]\n");
}

TEST_CASE("lettered and Roman points: (i) is a letter after (h), a numeral elsewhere") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article  1  \n\n1. Intro:\n\n(g) g;\n\n(h) h;\n\n(i) the ninth "
      "letter;\n\n"
      "(j) j.\n2. Intro:\n\n(a) a, with\n\n(i) first;\n\n(ii) second;\n\n(iii) third;\n\n"
      "(iv) fourth;\n\n(v) fifth;\n\n(b) b.\n3. Intro:\n\n(u) u;\n\n(v) v;\n\n(w) w, with\n\n"
      "(ix) ninth;\n\n(x) tenth;\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_1 [Article 1]\n"
        "  paragraph art_1__para_1 [1.]\n"
        "    point art_1__para_1__point_g [(g)]\n"
        "    point art_1__para_1__point_h [(h)]\n"
        "    point art_1__para_1__point_i [(i)]\n"
        "    point art_1__para_1__point_j [(j)]\n"
        "  paragraph art_1__para_2 [2.]\n"
        "    point art_1__para_2__point_a [(a)]\n"
        "      point art_1__para_2__point_a__point_i [(i)]\n"
        "      point art_1__para_2__point_a__point_ii [(ii)]\n"
        "      point art_1__para_2__point_a__point_iii [(iii)]\n"
        "      point art_1__para_2__point_a__point_iv [(iv)]\n"
        "      point art_1__para_2__point_a__point_v [(v)]\n"
        "    point art_1__para_2__point_b [(b)]\n"
        "  paragraph art_1__para_3 [3.]\n"
        "    point art_1__para_3__point_u [(u)]\n"
        "    point art_1__para_3__point_v [(v)]\n"
        "    point art_1__para_3__point_w [(w)]\n"
        "      point art_1__para_3__point_w__point_ix [(ix)]\n"
        "      point art_1__para_3__point_w__point_x [(x)]\n");
}

TEST_CASE("a list of the same style restarting below a deeper item nests there") {
  import::ImportTree tree = Tree(
      "# Statute\n\n### Article  93  \n\n10.  \n\na)The Court may cooperate.\n\nb) \n\n(i)The "
      "assistance shall include:\n\na)The transmission of statements;\n\nb)The questioning;\n\n"
      "(ii)In the case of assistance:\n\na)If the documents;\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_93 [Article 93]\n"
        "  paragraph art_93__para_10 [10.]\n"
        "    point art_93__para_10__point_a [a)]\n"
        "    point art_93__para_10__point_b [b)]\n"
        "      point art_93__para_10__point_b__point_i [(i)]\n"
        "        point art_93__para_10__point_b__point_i__point_a [a)]\n"
        "        point art_93__para_10__point_b__point_i__point_b [b)]\n"
        "      point art_93__para_10__point_b__point_ii [(ii)]\n"
        "        point art_93__para_10__point_b__point_ii__point_a [a)]\n");
}

TEST_CASE("text after points continues the point or wraps up its parent") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article  1  \n\n1. The following:\n\n(a) first;\n\nstill the first "
      "point;\n\n"
      "(b) second.\n\nWrap-up of paragraph 1.\n2. Second paragraph.\n\nMore of paragraph 2.\n",
      Treaty());
  CHECK(OwnText(tree, "art_1__para_1__point_a") == "first; | still the first point;");
  CHECK(OwnText(tree, "art_1__para_1__point_b") == "second.");
  CHECK(OwnText(tree, "art_1__para_1") == "The following: | Wrap-up of paragraph 1.");
  CHECK(FindNode(tree, "art_1__para_1")->wrap_up ==
        std::vector<std::string>{"Wrap-up of paragraph 1."});
  CHECK(OwnText(tree, "art_1__para_2") == "Second paragraph. | More of paragraph 2.");
}

TEST_CASE("upper-case letter items group numbered items inside an article") {
  import::ImportTree tree = Tree(
      "# Convention\n\n### Article  4  \n\nA. Prisoners of war are:\n\n(1) Members of forces.\n\n"
      "(2) Members of militias.\n\nB. The following also:\n\n(1) Persons belonging.\n",
      Treaty());
  CHECK(Structure(tree) ==
        "article art_4 [Article 4]\n"
        "  point art_4__point_A [A.]\n"
        "    point art_4__point_A__point_1 [(1)]\n"
        "    point art_4__point_A__point_2 [(2)]\n"
        "  point art_4__point_B [B.]\n"
        "    point art_4__point_B__point_1 [(1)]\n");
}

TEST_CASE("a Russian law: Глава, Статья with captions, части, пункты, подпункты") {
  ImportOptions options;
  options.path = "law.txt";
  import::ImportTree tree = Tree(
      "ФЕДЕРАЛЬНЫЙ ЗАКОН О ПРИМЕРАХ\n\n"
      "Настоящий Федеральный закон устанавливает примеры.\n\n"
      "Глава 1. Общие положения\n\n"
      "Статья 1. Основные понятия\n"
      "1. Для целей настоящего Федерального закона используются понятия:\n"
      "1) пример - текст;\n"
      "2) образец - текст, включающий:\n"
      "а) заголовки;\n"
      "б) статьи;\n"
      "2. Действие закона распространяется на всех.\n\n"
      "Статья 2\nГосударство гарантирует права.\n\n"
      "Статья 2.1. Дополнительные гарантии\nТекст статьи.\n\n"
      "Приложение № 1\nПеречень документов\n\n1. Паспорт.\n",
      options);
  CHECK(Structure(tree) ==
        "chapter chp_1 [Глава 1] {Общие положения}\n"
        "  article art_1 [Статья 1] {Основные понятия}\n"
        "    paragraph art_1__para_1 [1.]\n"
        "      point art_1__para_1__point_1 [1)]\n"
        "      point art_1__para_1__point_2 [2)]\n"
        "        point art_1__para_1__point_2__point_a [а)]\n"
        "        point art_1__para_1__point_2__point_b [б)]\n"
        "    paragraph art_1__para_2 [2.]\n"
        "  article art_2 [Статья 2]\n"
        "  article art_2.1 [Статья 2.1] {Дополнительные гарантии}\n"
        "hcontainer annex_1 [Приложение № 1] {Перечень документов}\n"
        "  paragraph annex_1__para_1 [1.]\n");
  CHECK(tree.title == "ФЕДЕРАЛЬНЫЙ ЗАКОН О ПРИМЕРАХ");
  CHECK(Preamble(tree) == "Настоящий Федеральный закон устанавливает примеры.");
  CHECK(OwnText(tree, "art_2") == "Государство гарантирует права.");
}

TEST_CASE("a text without articles: paragraphs grouped under their headings") {
  Diagnostics diagnostics;
  Status status;
  import::ImportTree tree = Tree(
      "# Principles\n\n## Competence\n\n1. One.\n\n2. Two:\n\n(a) point.\n\n## Composition\n\n"
      "1. One again.\n",
      Treaty(), &status, &diagnostics);
  REQUIRE(status.ok());
  CHECK(Messages(diagnostics) == "");
  CHECK(Structure(tree) ==
        "hcontainer crossheading_1 {Competence}\n"
        "  paragraph crossheading_1__para_1 [1.]\n"
        "  paragraph crossheading_1__para_2 [2.]\n"
        "    point crossheading_1__para_2__point_a [(a)]\n"
        "hcontainer crossheading_2 {Composition}\n"
        "  paragraph crossheading_2__para_1 [1.]\n");
}

TEST_CASE("sections are the articles of a text without articles") {
  import::ImportTree tree = Tree(
      "AN ACT\n\nSection 1. Short title\nThis Act may be cited as the Example Act.\n\n"
      "Section 2. Definitions\n(a) In general.—In this Act:\n(1) Term.—The term means.\n");
  CHECK(Structure(tree) ==
        "section sec_1 [Section 1] {Short title}\n"
        "section sec_2 [Section 2] {Definitions}\n"
        "  point sec_2__point_a [(a)]\n"
        "    point sec_2__point_a__point_1 [(1)]\n");
}

TEST_CASE("a heading over the first article in the preamble is a cross heading") {
  import::ImportTree tree = Tree("# Law\n\n## General provisions\n\n### Article 1\n\nText.\n");
  CHECK(Structure(tree) ==
        "hcontainer crossheading_1 {General provisions}\n"
        "article art_1 [Article 1]\n");
}

TEST_CASE("text without any structure becomes one body container") {
  import::ImportTree tree = Tree("Just a paragraph, with a comma,\n\nAnother paragraph.\n");
  CHECK(Structure(tree) == "");
  CHECK(Preamble(tree) == "Just a paragraph, with a comma, | Another paragraph.");
  std::string xml = Import("Just a paragraph, with a comma,\n\nAnother paragraph.\n");
  CHECK(HasLine(xml, "<hcontainer eId=\"text_1\" name=\"text\">"));
  CHECK(HasLine(xml, "<p>Just a paragraph, with a comma,</p>"));
  CHECK(HasLine(xml, "<p>Another paragraph.</p>"));
}

}  // namespace
}  // namespace concord::test
