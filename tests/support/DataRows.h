#pragma once
// The rows of a data-driven Qt test as one table: the column names once, then a line per case,
// instead of an addColumn per column and a QTest::newRow statement per case.
//
//   fed::test::addDataRows<int, qint64>({"architecture", "parameters"},
//                                       {{"logreg", {7, 7850}}, {"mlp", {1, 199210}}});

#include <QTest>
#include <array>
#include <initializer_list>
#include <tuple>

namespace fed::test {

template <typename... Values> struct DataRow {
    const char* name;
    std::tuple<Values...> values;
};

//! Declares one column per value type, named by `columns`, and adds one row per entry.
template <typename... Values>
void addDataRows(const std::array<const char*, sizeof...(Values)>& columns,
                 std::initializer_list<DataRow<Values...>> rows) {
    std::size_t column = 0;
    (QTest::addColumn<Values>(columns[column++]), ...);
    for (const DataRow<Values...>& row : rows) {
        QTestData& data = QTest::newRow(row.name);
        std::apply([&data](const Values&... value) { ((data << value), ...); }, row.values);
    }
}

} // namespace fed::test
