/// The built-in catalogue of `wording.formulation`: forms that reports on education duties use and
/// whose wording is fixed. Each entry names the document it is taken from. Keep it to what is
/// certain: a wrong entry turns correct text into an error. A city adds its own names (districts,
/// offices) under `rules: wording.formulation: {terms: [...]}` in `.reportkit.yml`.
enum FormulationCatalogue {
    static let entries: [CatalogueEntry] = formulations + organisations + terms

    /// Political and policy formulations.
    static let formulations: [CatalogueEntry] = [
        // 《中国共产党章程》（党的二十大部分修改）总纲；党的二十大报告。
        .init("习近平新时代中国特色社会主义思想", .formulation, source: "《中国共产党章程》总纲"),
        .init("习近平总书记关于教育的重要论述", .formulation, source: "《中国教育现代化2035》（中共中央、国务院，2019年）"),
        .init("党的二十大精神", .formulation, source: "党的二十大报告"),
        // 党的二十大报告第五部分：“坚持为党育人、为国育才”“落实立德树人根本任务”。
        .init("立德树人根本任务", .formulation, source: "党的二十大报告第五部分"),
        .init("为党育人、为国育才", .formulation, source: "党的二十大报告第五部分"),
        .init("办好人民满意的教育", .formulation, source: "党的二十大报告第五部分"),
        // 《中华人民共和国教育法》（2021年修正）第五条。
        .init("培养德智体美劳全面发展的社会主义建设者和接班人", .formulation, source: "《中华人民共和国教育法》第五条"),
        .init("社会主义核心价值观", .formulation, source: "党的十八大报告；《中国共产党章程》总纲"),
        .init("铸牢中华民族共同体意识", .formulation, source: "《中国共产党章程》总纲"),
        .init("中华民族伟大复兴", .formulation, source: "《中国共产党章程》总纲"),
        // 党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》。
        .init("两个确立", .formulation, source: "党的十九届六中全会决议"),
        .init("两个维护", .formulation, source: "党的十九届六中全会决议"),
        .init("四个意识", .formulation, source: "《中国共产党章程》总纲"),
        .init("四个自信", .formulation, source: "《中国共产党章程》总纲"),
        .init("五育并举", .formulation, source: "《中国教育现代化2035》"),
        .init("党组织领导的校长负责制", .formulation, source: "《关于建立中小学校党组织领导的校长负责制的意见（试行）》（中办，2022年）"),
        .init("深化新时代教育评价改革总体方案", .formulation, source: "中共中央、国务院印发，2020年10月"),
        .init("深化新时代教育督导体制机制改革", .formulation, source: "《关于深化新时代教育督导体制机制改革的意见》（中办、国办，2020年）"),
        .init("对省级人民政府履行教育职责的评价办法", .formulation, source: "国办发〔2017〕49号"),
    ]

    /// Organisation names as their own documents write them.
    static let organisations: [CatalogueEntry] = [
        .init("国务院教育督导委员会办公室", .organisation, source: "教育部政府门户网站机构设置"),
        .init("教育督导委员会办公室", .organisation, source: "《教育督导条例》（国务院令第624号）"),
        .init("人民政府教育督导室", .organisation, source: "《重庆市2023年对区县人民政府履行教育职责评价方案》发文机关"),
        .init("市政府教育督导室", .organisation, source: "重庆市人民政府教育督导室的简称，见渝教函〔2023〕464号"),
        .init("重庆市教育委员会", .organisation, source: "重庆市人民政府组成部门名称"),
        // Not 区委/县委教育工作领导小组: many districts also have a government 区教育工作领导小组, one
        // character apart, so a near miss of either is no certain slip.
    ]

    /// Terms of the evaluation schemes and statistics whose form is fixed.
    static let terms: [CatalogueEntry] = [
        .init("县域义务教育优质均衡发展", .term, source: "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）"),
        .init("县域学前教育普及普惠", .term, source: "《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）"),
        .init("九年义务教育巩固率", .term, source: "《中国教育现代化2035》主要指标；教育统计指标"),
        .init("高中阶段教育毛入学率", .term, source: "教育统计指标"),
        .init("学前教育毛入园率", .term, source: "教育统计指标"),
        .init("普惠性幼儿园覆盖率", .term, source: "《县域学前教育普及普惠督导评估办法》"),
        .init("一般公共预算教育支出", .term, source: "《关于进一步调整优化结构提高教育经费使用效益的意见》（国办发〔2018〕82号）"),
        .init("义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平", .term,
              source: "《关于全面深化新时代教师队伍建设改革的意见》（中共中央、国务院，2018年）"),
    ]
}
