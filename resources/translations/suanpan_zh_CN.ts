<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <source>the NPV is positive even with every card idle</source>
        <translation>即使全部加速卡闲置，NPV 仍为正</translation>
    </message>
    <message>
        <source>the NPV stays negative even with every card busy all the time</source>
        <translation>即使全部加速卡始终满负荷运行，NPV 仍为负</translation>
    </message>
    <message>
        <source>the NPV is positive even if compute is given away</source>
        <translation>即使算力免费提供，NPV 仍为正</translation>
    </message>
    <message>
        <source>no price up to 100 times the assumed one brings the NPV to zero (demand or capacity too small)</source>
        <translation>价格提高至假设价格的 100 倍仍无法使 NPV 归零（需求或容量过小）</translation>
    </message>
</context>
<context>
    <name>AssumptionLog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message numerus="yes">
        <source>Assumption log of %1: %n change(s)</source>
        <translation>
            <numerusform>%1 的假设变更记录：共 %n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>project catalog</source>
        <translation>项目参数库</translation>
    </message>
    <message>
        <source>scenario created</source>
        <translation>方案已创建</translation>
    </message>
    <message>
        <source>scenario removed</source>
        <translation>方案已删除</translation>
    </message>
    <message>
        <source>NPV after tax: %1 → %2</source>
        <translation>所得税后净现值：%1 → %2</translation>
    </message>
    <message>
        <source>NPV after tax: %1</source>
        <translation>所得税后净现值：%1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot read the built-in catalog %1.</source>
        <translation>无法读取内置参数库 %1。</translation>
    </message>
    <message>
        <source>The %1 catalog is not valid JSON: %2</source>
        <translation>%1 参数库不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The file is not a %1 catalog.</source>
        <translation>该文件不是 %1 参数库。</translation>
    </message>
    <message>
        <source>An entry of the %1 catalog has no id.</source>
        <translation>%1 参数库中有条目缺少 id。</translation>
    </message>
    <message>
        <source>The defaults file is not valid JSON: %1</source>
        <translation>默认值文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The default for %1 has no value.</source>
        <translation>%1 的默认值未给出数值。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Capex by item and year</source>
        <translation>分项逐年投资</translation>
    </message>
    <message>
        <source>Opex by item and year</source>
        <translation>分项逐年运营成本</translation>
    </message>
    <message>
        <source>Project cash flow after tax</source>
        <translation>项目净现金流量（所得税后）</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Payback: %1 years</source>
        <translation>投资回收期：%1 年</translation>
    </message>
    <message>
        <source>Demand, capacity and utilization</source>
        <translation>需求、算力与利用率</translation>
    </message>
    <message>
        <source>P (average)</source>
        <translation>P（年均）</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Installed FP16 compute</source>
        <translation>FP16 装机算力</translation>
    </message>
    <message>
        <source>Demand captured (effective)</source>
        <translation>获取需求（有效算力）</translation>
    </message>
    <message>
        <source>Served (effective)</source>
        <translation>已满足需求（有效算力）</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Energy, carbon and PUE</source>
        <translation>能耗、碳排放与 PUE</translation>
    </message>
    <message>
        <source>Facility energy (MWh)</source>
        <translation>总用电量（MWh）</translation>
    </message>
    <message>
        <source>CO2, location-based (t)</source>
        <translation>CO2 排放，基于位置（t）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>MWh · t</source>
        <translation>MWh · t</translation>
    </message>
    <message>
        <source>P (average, effective)</source>
        <translation>P（年均，有效算力）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Cumulative project cash flow after tax</source>
        <translation>累计项目净现金流量（所得税后）</translation>
    </message>
    <message>
        <source>Utilization by year</source>
        <translation>逐年利用率</translation>
    </message>
    <message>
        <source>Demand by segment (dashed: captured demand, solid: served)</source>
        <translation>各细分市场需求（虚线：获取需求；实线：已满足需求）</translation>
    </message>
    <message>
        <source>Work sold under contracts and on the spot market</source>
        <translation>合同销售与现货销售的算力</translation>
    </message>
    <message>
        <source>Reserved by contracts</source>
        <translation>合同预留</translation>
    </message>
    <message>
        <source>Served in all (contracts and spot)</source>
        <translation>实际服务合计（合同与现货）</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Energy charge only</source>
        <translation>单一制（仅电度电费）</translation>
    </message>
    <message>
        <source>Two-part: demand charge (per kW)</source>
        <translation>两部制：按需量计费（每 kW）</translation>
    </message>
    <message>
        <source>Two-part: capacity charge (per kVA)</source>
        <translation>两部制：按容量计费（每 kVA）</translation>
    </message>
    <message>
        <source>InfiniBand</source>
        <translation>InfiniBand</translation>
    </message>
    <message>
        <source>RoCE</source>
        <translation>RoCE</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>General / SME</source>
        <translation>通用 / 中小企业</translation>
    </message>
    <message>
        <source>Constant growth</source>
        <translation>恒定增长率</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>S 曲线</translation>
    </message>
    <message>
        <source>Given series</source>
        <translation>给定序列</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Factor on the plan</source>
        <translation>基准方案取值的系数</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT 分布</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>Construction delay</source>
        <translation>工期延误</translation>
    </message>
    <message>
        <source>Chip supply cut</source>
        <translation>芯片供货中断</translation>
    </message>
    <message>
        <source>VAT not modelled</source>
        <translation>不考虑增值税</translation>
    </message>
    <message>
        <source>Include VAT</source>
        <translation>价格含增值税</translation>
    </message>
    <message>
        <source>Build a hall of its own</source>
        <translation>自建机房</translation>
    </message>
    <message>
        <source>Rent racks in a third-party IDC (colocation)</source>
        <translation>租用第三方 IDC 机柜（托管）</translation>
    </message>
    <message>
        <source>Contract lost</source>
        <translation>合同流失</translation>
    </message>
    <message>
        <source>Large-model training</source>
        <translation>大模型训练</translation>
    </message>
    <message>
        <source>HPC / science</source>
        <translation>高性能计算 / 科学计算</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>FP64</source>
        <translation>FP64</translation>
    </message>
    <message>
        <source>Accelerator cards</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Network fabric</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>土建</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <source>Power infrastructure</source>
        <translation>供配电</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <source>On-site solar</source>
        <translation>厂区光伏</translation>
    </message>
    <message>
        <source>Design, permits and soft costs</source>
        <translation>设计、报批及其他费用</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>预备费</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Software licences</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>托管租金</translation>
    </message>
    <message>
        <source>Won in the network</source>
        <translation>由算力网络分配</translation>
    </message>
    <message>
        <source>A rival opens</source>
        <translation>竞争者投运</translation>
    </message>
    <message>
        <source>Subsidy condition</source>
        <translation>补贴条件</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>补贴追回</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>全国目标</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Racking rate</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Design PUE within the region's limit</source>
        <translation>设计 PUE 不超过所在地区上限</translation>
    </message>
    <message>
        <source>Measured PUE at most</source>
        <translation>实测 PUE 不高于</translation>
    </message>
    <message>
        <source>Green power at least</source>
        <translation>绿电占比不低于</translation>
    </message>
    <message>
        <source>Racking rate at least</source>
        <translation>上架率不低于</translation>
    </message>
    <message>
        <source>Capex subsidy</source>
        <translation>建设补贴</translation>
    </message>
    <message>
        <source>Compute vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贷款贴息</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令 "%1"。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a scenario file may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；方案文件不得超过 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Evaluate a scenario and print its results.</source>
        <translation>评估方案并输出结果。</translation>
    </message>
    <message>
        <source>Print the full results as JSON.</source>
        <translation>以 JSON 格式输出完整结果。</translation>
    </message>
    <message>
        <source>Write the per-year cash flow as CSV.</source>
        <translation>将逐年现金流写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Write every per-year figure as CSV.</source>
        <translation>将全部逐年数据写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Language of the output: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Check a scenario and report every problem.</source>
        <translation>检查方案并报告全部问题。</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1：校验通过。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was evaluated.</source>
        <comment>the problems follow, one per line</comment>
        <translation>
            <numerusform>%1：发现 %n 个问题，未进行评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected exactly one scenario or project file.</source>
        <translation>须指定且只能指定一个方案文件或项目文件。</translation>
    </message>
    <message>
        <source>Scenario JSON file or project (.suanpan).</source>
        <translation>方案 JSON 文件或项目文件（.suanpan）。</translation>
    </message>
    <message>
        <source>For a project: evaluate only this scenario (default: all).</source>
        <translation>用于项目文件：只评估此方案（默认：全部方案）。</translation>
    </message>
    <message>
        <source>--scenario applies to project files (.suanpan) only.</source>
        <translation>--scenario 仅适用于项目文件（.suanpan）。</translation>
    </message>
    <message>
        <source>Scenario of a project file: its name or number (a scenario JSON file holds one).</source>
        <translation>项目文件中的方案：方案名称或序号（方案 JSON 文件只含一个方案）。</translation>
    </message>
    <message>
        <source>Number of trials.</source>
        <translation>试验次数（抽样次数）。</translation>
    </message>
    <message>
        <source>Seed of the draws (default 1); the same seed gives the same results.</source>
        <translation>抽样的随机种子（默认 1）；随机种子相同，结果也相同。</translation>
    </message>
    <message>
        <source>sobol (default) or lhs (Latin hypercube).</source>
        <translation>sobol（默认，Sobol 序列）或 lhs（拉丁超立方抽样）。</translation>
    </message>
    <message>
        <source>Threads to use (default: every core).</source>
        <translation>使用的线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <source>Add the shipped uncertainty presets to the scenario's own uncertain inputs.</source>
        <translation>在方案自身的不确定输入之外，加入软件自带的不确定性预设。</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1, found "%2"</source>
        <translation>应为 1 至 %1 之间的整数，实际为 "%2"</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^64 − 1, found "%1"</source>
        <translation>应为 0 至 2^64 − 1 之间的整数，实际为 "%1"</translation>
    </message>
    <message>
        <source>expected sobol or lhs, found "%1"</source>
        <translation>应为 sobol 或 lhs，实际为 "%1"</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 1024, found "%1"</source>
        <translation>应为 1 至 1024 之间的整数，实际为 "%1"</translation>
    </message>
    <message>
        <source>Monte Carlo risk analysis of a scenario's uncertain inputs: how likely it is to sit idle or lose money, and which inputs matter most.</source>
        <translation>对方案的不确定输入进行蒙特卡洛模拟风险分析：算力闲置或项目亏损的可能性有多大，以及哪些输入影响最大。</translation>
    </message>
    <message>
        <source>Utilization below which a trial counts as idle (default 0.3).</source>
        <translation>利用率低于此值的试验计为闲置（默认 0.3）。</translation>
    </message>
    <message>
        <source>Skip the tornado, spider and importance ranking.</source>
        <translation>跳过龙卷风图、蛛网图和重要性排序。</translation>
    </message>
    <message>
        <source>expected a share from 0 to 1, found "%1"</source>
        <translation>应为 0 至 1 之间的比例，实际为 "%1"</translation>
    </message>
    <message>
        <source>%1: the scenario has no uncertain inputs or events; add an "uncertainty" section (docs/scenario-format.md) or use --presets.</source>
        <translation>%1：该方案没有不确定输入或风险事件；请添加 "uncertainty" 部分（见 docs/scenario-format.md），或使用 --presets。</translation>
    </message>
    <message>
        <source>Run time: %1 s (%2 trials per second).</source>
        <translation>运行时间：%1 秒（每秒 %2 次试验）。</translation>
    </message>
    <message>
        <source>Find the value of one input that brings a result to a target, on the deterministic result or on the P50 of a Monte Carlo run.</source>
        <translation>单变量求解：求使某项结果达到目标值的单个输入取值，目标可针对确定性结果，也可针对蒙特卡洛模拟结果的 P50。</translation>
    </message>
    <message>
        <source>The input to vary, by its path (e.g. site.override.tariffCnyPerKwh).</source>
        <translation>要调整的输入，以字段路径指定（例如 site.override.tariffCnyPerKwh）。</translation>
    </message>
    <message>
        <source>The goal, e.g. npvAfterTaxCny=0 or projectIrrAfterTax=0.08 (or 8%).</source>
        <translation>求解目标，例如 npvAfterTaxCny=0 或 projectIrrAfterTax=0.08（或 8%）。</translation>
    </message>
    <message>
        <source>Lowest value to try (default: the field's).</source>
        <translation>尝试的最小值（默认：该字段的允许下限）。</translation>
    </message>
    <message>
        <source>Highest value to try (default: the field's).</source>
        <translation>尝试的最大值（默认：该字段的允许上限）。</translation>
    </message>
    <message>
        <source>Seek a factor on the scenario's values (each entry keeps its own) instead of one value; range 0 … 3 by default.</source>
        <translation>求解作用于方案取值的系数（各条目保留各自取值，统一乘以该系数），而非单一取值；默认范围 0 … 3。</translation>
    </message>
    <message>
        <source>Aim at the P50 over a Monte Carlo run (default 1000 trials each) instead of the plan.</source>
        <translation>以蒙特卡洛模拟结果的 P50 为目标（每次默认 1000 次试验），而非基准方案的确定性结果。</translation>
    </message>
    <message>
        <source>required: the input to vary</source>
        <translation>必填：要调整的输入</translation>
    </message>
    <message>
        <source>expected METRIC=VALUE with METRIC one of %1, found "%2"</source>
        <translation>应为 METRIC=VALUE，其中 METRIC 为以下之一：%1；实际为 "%2"</translation>
    </message>
    <message>
        <source>expected a number, found "%1"</source>
        <translation>应为数值，实际为 "%1"</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file (a folder, a device or a pipe).</source>
        <translation>无法读取 %1：它不是普通文件（是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is the input file; choose another name</source>
        <translation>它是输入文件；请换一个文件名</translation>
    </message>
    <message>
        <source>it is a Suanpan project; choose another name</source>
        <translation>它是一个算盘项目；请换一个文件名</translation>
    </message>
    <message>
        <source>applies to a goal on the P50 only: add --p50</source>
        <translation>仅适用于以 P50 为目标的求解：请加上 --p50</translation>
    </message>
    <message>
        <source>--scenario: a scenario name is needed (or leave out --scenario to evaluate every scenario)</source>
        <translation>--scenario：需要给出情景名称（或不使用 --scenario，以评估全部情景）</translation>
    </message>
    <message>
        <source>--lang: expected one of %1, found "%2"</source>
        <translation>--lang：应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Leave out the sensitivity analysis.</source>
        <translation>省略敏感性分析。</translation>
    </message>
    <message>
        <source>Say where to write: -o OUT.</source>
        <translation>请用 -o OUT 指定输出文件。</translation>
    </message>
    <message>
        <source>Write the feasibility-study report (A4 PDF) of a scenario, or of every scenario of a project, in the language of --lang. With --trials N it includes a Monte Carlo risk analysis.</source>
        <translation>按 --lang 指定的语言，生成一个方案或项目中全部方案的可行性研究报告（A4 PDF）。指定 --trials N 时，报告包含蒙特卡洛模拟风险分析。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2 s).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页，耗时 %2 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the Excel workbook (.xlsx) of a scenario: its inputs with sources, every per-year and monthly figure, and the cash flow with live NPV, IRR and payback formulas.</source>
        <translation>生成方案的 Excel 工作簿（.xlsx）：包括各项输入及其来源、全部逐年和逐月数据，以及现金流量表，其中的净现值、内部收益率和投资回收期以公式计算，可随数据自动重算。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>The proposed center</source>
        <translation>拟建中心</translation>
    </message>
    <message>
        <source>Year  Capacity P  Won P  Filled  Within reach P  Captured  Unserved P</source>
        <translation>年份  容量 P  争取 P  负载率  可达需求 P  获取份额  未满足 P</translation>
    </message>
    <message>
        <source>Centers in %1 (who loses when the proposed center opens):</source>
        <translation>%1 年各中心（拟建中心投运后谁失去需求）：</translation>
    </message>
    <message>
        <source>Utilization without → with   Lost P   Center</source>
        <translation>利用率 无 → 有   失去 P   中心</translation>
    </message>
    <message>
        <source>Busiest links in %1 (P carried):</source>
        <translation>%1 年最繁忙的链路（承载 P）：</translation>
    </message>
    <message>
        <source>Site comparison (the same center at each node):</source>
        <translation>选址比较（同一中心位于各节点）：</translation>
    </message>
    <message>
        <source>NPV after tax M CNY  Utilization  Won P  Node</source>
        <translation>税后 NPV 百万元  利用率  争取 P  节点</translation>
    </message>
    <message>
        <source>not evaluated: %1 (%2)</source>
        <translation>未评估：%1（%2）</translation>
    </message>
    <message>
        <source>What the compute network says about the proposed center: the demand it wins year by year, the rivals it takes it from, the links it travels and, with --sites, the same center at other nodes.</source>
        <translation>算力网络对拟建中心的分析：逐年争取到的需求、从哪些竞争中心获得、经过哪些链路；加 --sites 时给出同一中心在其他节点的结果。</translation>
    </message>
    <message>
        <source>Scenario of a project: its name or number.</source>
        <translation>项目中的方案：名称或序号。</translation>
    </message>
    <message>
        <source>Calendar year of the rivals and links tables.</source>
        <translation>竞争中心表和链路表所示的公历年份。</translation>
    </message>
    <message>
        <source>Compare sites: "all" (every node with a region) or node ids separated by commas.</source>
        <translation>比较选址：“all”（所有关联地区的节点）或以逗号分隔的节点 id。</translation>
    </message>
    <message>
        <source>%1: --year: expected a calendar year, found "%2"</source>
        <translation>%1：--year：应为公历年份，实为“%2”</translation>
    </message>
    <message>
        <source>%1: the scenario has no network; add a "network" section (docs/scenario-format.md).</source>
        <translation>%1：方案没有算力网络；请添加“network”部分（docs/scenario-format.md）。</translation>
    </message>
    <message>
        <source>to confirm: %1</source>
        <translation>待确认：%1</translation>
    </message>
    <message>
        <source>source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <source>The policy library: real subsidy programs, each with its terms, the conditions to confirm and its source. A scenario names one by id: {"library": "ID"} as a capex subsidy, or as the vouchers, the electricity or the interest subsidy.</source>
        <translation>政策库：真实的补贴政策，各附条款、待确认条件及来源。方案按 id 引用政策：在建设补贴、算力券、电费补贴或贷款贴息中写 {"library": "ID"}。</translation>
    </message>
    <message>
        <source>Only policies that apply at this region id.</source>
        <translation>只列出适用于该地区 id 的政策。</translation>
    </message>
    <message>
        <source>Only policies of this kind: %1.</source>
        <translation>只列出此类政策：%1。</translation>
    </message>
    <message>
        <source>Only policies whose name, issuer, place or id contains this text.</source>
        <translation>只列出名称、发布机关、地点或 id 含此文本的政策。</translation>
    </message>
    <message>
        <source>Read this library file instead of the shipped one (to check a file).</source>
        <translation>读取此政策库文件而非随软件提供的政策库（用于检查文件）。</translation>
    </message>
    <message>
        <source>Print the policies as JSON.</source>
        <translation>以 JSON 格式输出政策。</translation>
    </message>
    <message>
        <source>--kind: "%1" is not one of %2</source>
        <translation>--kind：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Every numeric input of a scenario and of the catalogs, by path (as in messages, uncertain inputs and goal seek; [] stands for a list index), with its unit, allowed range, default and meaning.</source>
        <translation>按路径列出方案及参数库的每个数值输入（路径与消息、不确定输入和单变量求解中的相同；[] 代表列表序号），含单位、允许范围、默认值及含义。</translation>
    </message>
    <message>
        <source>Only fields whose path, label or meaning contains this text.</source>
        <translation>只列出路径、名称或含义包含此文字的字段。</translation>
    </message>
    <message>
        <source>Print the rows of the field table of docs/scenario-format.md.</source>
        <translation>输出 docs/scenario-format.md 字段表的各行。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: suanpan-cli COMMAND [OPTIONS]

Commands:
  evaluate FILE [--scenario NAME] [--json] [--cashflow-csv OUT] [--years-csv OUT]
                     Evaluate a scenario, or a project's scenarios, and print
                     a summary (or JSON). FILE is a scenario .json or a
                     project .suanpan.
  validate FILE      Check a scenario (or every scenario of a project).

Projects (.suanpan):
  new --from SCENARIO.json [--from ...] -o P.suanpan [--title T]
           [--author A] [--organization O] [--force]
                     Create a project from scenario files.
  info P.suanpan     Show a project's metadata, scenarios and contents.
  log P.suanpan [--scenario NAME] [--json]
                     List the assumption log, with the NPV of each version.
  import-demand P.suanpan --scenario NAME FILE.csv [--note TEXT]
                     Import a demand forecast (period, segment, value, unit).
  import-catalog P.suanpan --catalog chips|cooling|regions|redundancy FILE.csv
                     Import catalog figures (id and field columns).
  export P.suanpan --scenario NAME [--json OUT] [--cashflow-csv OUT]
                     [--years-csv OUT] [--xlsx OUT]  Write a scenario or its results.

Risk:
  risk FILE [--scenario NAME] [--trials N] [--seed S] [--sampler sobol|lhs]
           [--threads N] [--threshold T] [--presets] [--no-sensitivity] [--json]
                     Monte Carlo risk analysis of the uncertain inputs.
  goal-seek FILE [--scenario NAME] --vary FIELD --target METRIC=VALUE
           [--min X --max Y] [--factor] [--p50 --trials N --seed S --threads N]
           [--json]
                     Find the input value that reaches a goal.
  network FILE [--scenario NAME] [--year Y] [--sites all|NODE,...] [--json]
                     The demand the center wins in its compute network, from
                     whom, over which links; with --sites, other sites.

Policies:
  policies [--region ID] [--kind KIND] [--search TEXT] [--library FILE] [--json]
                     The policy library: real programs a scenario names by id
                     ("library": "ID"), with terms, conditions and sources.

Fields:
  fields [--search TEXT] [--markdown]
                     Every numeric input by path, with unit, allowed range,
                     default and meaning.

Deliverables:
  report FILE [--scenario NAME] [--trials N] [--seed S] [--no-sensitivity]
           -o OUT.pdf
                     The feasibility-study report (A4 PDF) of a scenario or of
                     every scenario of a project, in the language of --lang.
  workbook FILE [--scenario NAME] [--trials N] -o OUT.xlsx
                     The Excel workbook of a scenario, with live formulas.

Options:
  --lang en|zh_CN    Language of messages and summaries.
  -h, --help         Show this help (or a command's: COMMAND --help).
  -v, --version      Show the version.

Exit codes: 0 ok, 2 invalid input (messages on stderr), 1 other failure.
</source>
        <translation>用法：suanpan-cli COMMAND [OPTIONS]

命令：
  evaluate FILE [--scenario NAME] [--json] [--cashflow-csv OUT] [--years-csv OUT]
                     评估一个方案或项目中的各方案，并输出摘要（或 JSON）。
                     FILE 为方案 .json 文件或项目 .suanpan 文件。
  validate FILE      检查方案（或项目中的每个方案）。

项目（.suanpan）：
  new --from SCENARIO.json [--from ...] -o P.suanpan [--title T]
           [--author A] [--organization O] [--force]
                     由方案文件创建项目。
  info P.suanpan     显示项目的元数据、方案及内容。
  log P.suanpan [--scenario NAME] [--json]
                     列出假设变更记录及每个版本的净现值。
  import-demand P.suanpan --scenario NAME FILE.csv [--note TEXT]
                     导入需求预测（列：period, segment, value, unit）。
  import-catalog P.suanpan --catalog chips|cooling|regions|redundancy FILE.csv
                     导入参数库数据（id 列及字段列）。
  export P.suanpan --scenario NAME [--json OUT] [--cashflow-csv OUT]
                     [--years-csv OUT] [--xlsx OUT]  导出方案或其计算结果。

风险分析：
  risk FILE [--scenario NAME] [--trials N] [--seed S] [--sampler sobol|lhs]
           [--threads N] [--threshold T] [--presets] [--no-sensitivity] [--json]
                     对不确定输入进行蒙特卡洛模拟风险分析。
  goal-seek FILE [--scenario NAME] --vary FIELD --target METRIC=VALUE
           [--min X --max Y] [--factor] [--p50 --trials N --seed S --threads N]
           [--json]
                     单变量求解：求使结果达到目标值的输入取值。
  network FILE [--scenario NAME] [--year Y] [--sites all|NODE,...] [--json]
                     算力网络中本中心逐年争取到的需求、来自哪些中心、
                     经过哪些链路；加 --sites 时比较其他选址。

政策：
  policies [--region ID] [--kind KIND] [--search TEXT] [--library FILE] [--json]
                     政策库：方案可按 id 引用的真实政策（"library": "ID"），
                     含条款、待确认条件及来源。

字段：
  fields [--search TEXT] [--markdown]
                     按路径列出每个数值输入，含单位、允许范围、默认值及含义。

交付成果：
  report FILE [--scenario NAME] [--trials N] [--seed S] [--no-sensitivity]
           -o OUT.pdf
                     按 --lang 指定的语言，生成一个方案或项目中全部方案的
                     可行性研究报告（A4 PDF）。
  workbook FILE [--scenario NAME] [--trials N] -o OUT.xlsx
                     生成方案的 Excel 工作簿，含可自动重算的公式。

选项：
  --lang en|zh_CN    消息和摘要的语言。
  -h, --help         显示本帮助（命令帮助：COMMAND --help）。
  -v, --version      显示版本号。

退出码：0 成功，2 输入无效（消息输出到 stderr），1 其他错误。
</translation>
    </message>
</context>
<context>
    <name>CliProject</name>
    <message numerus="yes">
        <source>Expected %n file(s).</source>
        <translation>
            <numerusform>须指定 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario "%1": %n problem(s) found; nothing was evaluated.</source>
        <translation>
            <numerusform>方案 "%1"：发现 %n 个问题，未进行评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has several scenarios; name one with --scenario: "%2".</source>
        <translation>%1 包含多个方案，请用 --scenario 指定其中一个："%2"。</translation>
    </message>
    <message>
        <source>%1: "%2" is the start of several scenario names: "%3".</source>
        <translation>%1："%2" 同时与多个方案名称的开头相符："%3"。</translation>
    </message>
    <message>
        <source>%1 has no scenario named "%2"; it has: "%3".</source>
        <translation>%1 中没有名为 "%2" 的方案；现有方案："%3"。</translation>
    </message>
    <message>
        <source>%1 has no scenarios.</source>
        <translation>%1 中没有方案。</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <source>%1: scenario "%2" is valid.</source>
        <translation>%1：方案 "%2" 校验通过。</translation>
    </message>
    <message numerus="yes">
        <source>%1: scenario "%2": %n problem(s) found.</source>
        <translation>
            <numerusform>%1：方案 "%2"：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a project file from scenario JSON files.</source>
        <translation>由方案 JSON 文件创建项目文件。</translation>
    </message>
    <message>
        <source>A scenario JSON file (repeatable).</source>
        <translation>方案 JSON 文件（可多次指定）。</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>要创建的项目文件。</translation>
    </message>
    <message>
        <source>Project title.</source>
        <translation>项目标题。</translation>
    </message>
    <message>
        <source>Author.</source>
        <translation>作者。</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation>单位。</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>文件已存在时将其覆盖。</translation>
    </message>
    <message>
        <source>Name the project file to create with -o P.suanpan.</source>
        <translation>请用 -o P.suanpan 指定要创建的项目文件。</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 已存在；如需覆盖，请加上 --force。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n scenario(s).</source>
        <translation>
            <numerusform>已创建 %1，包含 %n 个方案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a scenario of a project as JSON, or its results as CSV.</source>
        <translation>将项目中的一个方案导出为 JSON，或将其计算结果导出为 CSV。</translation>
    </message>
    <message>
        <source>Project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>方案名称。</translation>
    </message>
    <message>
        <source>Write the scenario as JSON.</source>
        <translation>将方案写入 JSON 文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Note: the scenario uses the project's own catalog entries (%1); the JSON file alone refers to the built-in ones.</source>
        <translation>注意：该方案使用项目自有参数库中的条目（%1）；单独使用该 JSON 文件时，引用的是内置参数库中的同名条目。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB can be imported.</source>
        <translation>%1 大小为 %2 MB；可导入的文件不得超过 %3 MB。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in the assumption log of %1.</source>
        <translation>
            <numerusform>已在 %1 的假设变更记录中记入 %n 项变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe a project file.</source>
        <translation>显示项目文件的概况。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>写入版本</translation>
    </message>
    <message>
        <source>Suanpan %1 (project schema %2)</source>
        <translation>算盘 %1（项目格式版本 %2）</translation>
    </message>
    <message>
        <source>Scenarios (%1):</source>
        <translation>方案（%1 个）：</translation>
    </message>
    <message>
        <source>NPV after tax %1</source>
        <translation>所得税后净现值 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); see validate</source>
        <translation>
            <numerusform>%n 个问题；详见 validate</numerusform>
        </translation>
    </message>
    <message>
        <source>Own catalog</source>
        <translation>自有参数库</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Demand series</source>
        <translation>需求序列</translation>
    </message>
    <message>
        <source>%1 / %2: %3 values from %4 (%5)</source>
        <translation>%1 / %2：%3 个数值，来自 %4（%5）</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>变更记录条数</translation>
    </message>
    <message>
        <source>List the assumption log: every change, grouped as made, with the NPV it led to.</source>
        <translation>列出假设变更记录：按修改批次分组列出每项变更，以及变更后的净现值。</translation>
    </message>
    <message>
        <source>Only this scenario's changes (and the catalog's).</source>
        <translation>只列出此方案的变更（以及参数库的变更）。</translation>
    </message>
    <message>
        <source>Print the log as JSON.</source>
        <translation>以 JSON 格式输出变更记录。</translation>
    </message>
    <message>
        <source>Import a demand forecast (CSV: period, segment, value, unit) into a scenario of a project; the change is logged.</source>
        <translation>将需求预测（CSV：period, segment, value, unit）导入项目中的一个方案；该变更将记入假设变更记录。</translation>
    </message>
    <message>
        <source>Forecast.</source>
        <translation>需求预测文件。</translation>
    </message>
    <message>
        <source>Why, for the assumption log.</source>
        <translation>变更原因，记入假设变更记录。</translation>
    </message>
    <message>
        <source>Imported %1 into scenario "%2":</source>
        <translation>已将 %1 导入方案 "%2"：</translation>
    </message>
    <message>
        <source>NPV after tax: %1 → %2</source>
        <translation>所得税后净现值：%1 → %2</translation>
    </message>
    <message>
        <source>Import catalog figures (CSV: id and field columns) into a project's own catalog.</source>
        <translation>将参数库数据（CSV：id 列及字段列）导入项目自有参数库。</translation>
    </message>
    <message>
        <source>Figures.</source>
        <translation>参数数据文件。</translation>
    </message>
    <message>
        <source>chips, cooling, regions or redundancy.</source>
        <translation>chips、cooling、regions 或 redundancy。</translation>
    </message>
    <message>
        <source>Name the catalog with --catalog: chips, cooling, regions or redundancy.</source>
        <translation>请用 --catalog 指定参数库：chips、cooling、regions 或 redundancy。</translation>
    </message>
    <message>
        <source>Imported %1 into the %2 catalog of %3:</source>
        <translation>已将 %1 导入 %3 的 %2 参数库：</translation>
    </message>
    <message>
        <source>--%1: %2 characters; at most %3 fit in a project.</source>
        <translation>--%1：%2 个字符；项目中最多可容纳 %3 个。</translation>
    </message>
    <message>
        <source>Give the scenarios of the project with --from SCENARIO.json.</source>
        <translation>请用 --from SCENARIO.json 给出项目的情景。</translation>
    </message>
    <message>
        <source>Write the scenario's Excel workbook (as the workbook command).</source>
        <translation>写出方案的 Excel 工作簿（同 workbook 命令）。</translation>
    </message>
    <message>
        <source>Say what to write: --json, --cashflow-csv, --years-csv or --xlsx.</source>
        <translation>请指定要写出的内容：--json、--cashflow-csv、--years-csv 或 --xlsx。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <source>Inference demand</source>
        <translation>推理需求</translation>
    </message>
    <message>
        <source>Training demand</source>
        <translation>训练需求</translation>
    </message>
    <message>
        <source>Not a field of this entry's type.</source>
        <translation>此类型的条目没有该字段。</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Installed FP16 compute at least %1 P</source>
        <translation>FP16 装机算力不低于 %1 P</translation>
    </message>
    <message>
        <source>%1 P installed</source>
        <translation>已装机 %1 P</translation>
    </message>
    <message>
        <source>PUE at most %1</source>
        <translation>PUE 不高于 %1</translation>
    </message>
    <message>
        <source>measured PUE %1 in project year %2 (first full year after deployment)</source>
        <translation>项目第 %2 年实测 PUE 为 %1（全部部署后首个完整年度）</translation>
    </message>
    <message>
        <source>design PUE %1 (full load, annual climate)</source>
        <translation>设计 PUE 为 %1（满负荷，全年气候条件）</translation>
    </message>
    <message>
        <source>Racking rate at least %1</source>
        <translation>上架率不低于 %1</translation>
    </message>
    <message>
        <source>%1 of built racks filled in project year %2</source>
        <translation>项目第 %2 年已建机架上架率为 %1</translation>
    </message>
    <message>
        <source>Domestic chips at least %1 of FP16 compute</source>
        <translation>国产芯片占 FP16 算力比例不低于 %1</translation>
    </message>
    <message>
        <source>%1 on domestic chips</source>
        <translation>国产芯片占比 %1</translation>
    </message>
    <message>
        <source>Design PUE at most %1 (%2)</source>
        <translation>设计 PUE 不高于 %1（%2）</translation>
    </message>
    <message>
        <source>design PUE %1</source>
        <translation>设计 PUE %1</translation>
    </message>
    <message>
        <source>measured PUE %1 in project year %2</source>
        <translation>第 %2 年实测 PUE %1</translation>
    </message>
    <message>
        <source>Green power above %1 of electricity</source>
        <translation>绿电占用电量的比例高于 %1</translation>
    </message>
    <message>
        <source>%1 bought as green power</source>
        <translation>绿电采购占 %1</translation>
    </message>
    <message>
        <source>does not apply: %1 standard racks of 2.5 kW, below %2</source>
        <translation>不适用：折合 %1 个 2.5 kW 标准机架，低于 %2 个</translation>
    </message>
    <message>
        <source>%1 at least %2 in project year %3, or %4 of the subsidy is paid back</source>
        <translation>第 %3 年%1不低于 %2，否则退还补贴的 %4</translation>
    </message>
    <message>
        <source>%1: kept</source>
        <translation>%1：保留补贴</translation>
    </message>
    <message>
        <source>%1: %2 M CNY paid back in project year %3</source>
        <translation>%1：第 %3 年退还 %2 百万元</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>添加方案 %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除方案 %1</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Calendar year in which construction starts (project year 1).</source>
        <translation>开工建设的日历年份（即项目第 1 年）。</translation>
    </message>
    <message>
        <source>Length of the evaluation, counted from the start of construction.</source>
        <translation>计算期长度，自开工建设起算。</translation>
    </message>
    <message>
        <source>Annual change of the electricity price (grid and green).</source>
        <translation>电价年变化率（电网电价及绿电价格）。</translation>
    </message>
    <message>
        <source>Share of the electricity bought as green power under a PPA.</source>
        <translation>通过购电协议（PPA）购买绿电的电量比例。</translation>
    </message>
    <message>
        <source>Price of the green power (PPA), including certificates.</source>
        <translation>绿电（PPA）价格，含绿证费用。</translation>
    </message>
    <message>
        <source>On-site solar capacity; its yield offsets grid purchases.</source>
        <translation>厂区光伏装机容量；其发电量抵减电网购电量。</translation>
    </message>
    <message>
        <source>Power factor used to size the transformer for a capacity (kVA) charge.</source>
        <translation>按容量（kVA）计收容量电费时，用于核定变压器容量的功率因数。</translation>
    </message>
    <message>
        <source>Design power density of a rack position; decides servers per rack.</source>
        <translation>单个机架位的设计功率密度；决定每个机架可容纳的服务器数量。</translation>
    </message>
    <message>
        <source>Month (from the start of construction) in which this phase's construction starts.</source>
        <translation>本期工程开工的月份（自项目开工起算）。</translation>
    </message>
    <message>
        <source>Construction time of the phase; its racks are ready when it ends.</source>
        <translation>本期工程建设工期；工期结束时本期机架即可投用。</translation>
    </message>
    <message>
        <source>Rack positions this phase builds.</source>
        <translation>本期建设的机架位数量。</translation>
    </message>
    <message>
        <source>Accelerator cards (or CPU sockets) of this type deployed.</source>
        <translation>该型号加速卡（或 CPU 插槽）的部署数量。</translation>
    </message>
    <message>
        <source>Month (from the start of construction) in which the cards go into service.</source>
        <translation>加速卡投入使用的月份（自项目开工起算）。</translation>
    </message>
    <message>
        <source>Building shell and fit-out per kW of IT design capacity.</source>
        <translation>每 kW IT 设计容量的土建及装修费用。</translation>
    </message>
    <message>
        <source>Electrical plant (transformers, UPS, generators) per kW at N redundancy.</source>
        <translation>按 N 冗余配置，每 kW 的供配电设施（变压器、UPS、发电机组）费用。</translation>
    </message>
    <message>
        <source>Land area per rack position, including plant rooms and roads.</source>
        <translation>每个机架位的占地面积，含设备用房及道路。</translation>
    </message>
    <message>
        <source>Network fabric per server (switches, optics, cables).</source>
        <translation>每台服务器的网络费用（交换机、光模块、线缆）。</translation>
    </message>
    <message>
        <source>Usable storage capacity bought with the first deployment.</source>
        <translation>首次部署时购置的可用存储容量。</translation>
    </message>
    <message>
        <source>Storage cost per usable petabyte.</source>
        <translation>每 PB 可用存储容量的费用。</translation>
    </message>
    <message>
        <source>Design, permits and project management as a share of facility capex.</source>
        <translation>设计、报批及项目管理费用占设施投资的比例。</translation>
    </message>
    <message>
        <source>Contingency as a share of all initial capex.</source>
        <translation>预备费占全部初始投资的比例。</translation>
    </message>
    <message>
        <source>Economic life of building, cooling and power plant (for residual value).</source>
        <translation>建筑、制冷及供配电设施的经济寿命（用于计算残值）。</translation>
    </message>
    <message>
        <source>Operations staff, full-time equivalents.</source>
        <translation>运维人员数量，按全职当量计。</translation>
    </message>
    <message>
        <source>IT maintenance and support per year as a share of installed IT capex.</source>
        <translation>每年 IT 维保及技术支持费用占已装 IT 投资的比例。</translation>
    </message>
    <message>
        <source>Facility maintenance per year as a share of facility capex.</source>
        <translation>每年设施维护费用占设施投资的比例。</translation>
    </message>
    <message>
        <source>Internet and leased-line bandwidth per year.</source>
        <translation>每年互联网及专线带宽费用。</translation>
    </message>
    <message>
        <source>Platform, scheduler and licence cost per installed card per year.</source>
        <translation>每张已装加速卡每年的平台、调度及软件许可费用。</translation>
    </message>
    <message>
        <source>Other operating costs per year (security, admin, sales).</source>
        <translation>每年其他运营成本（安保、行政、销售）。</translation>
    </message>
    <message>
        <source>Annual escalation of staff, bandwidth, software and other costs.</source>
        <translation>人工、带宽、软件及其他费用的年上涨率。</translation>
    </message>
    <message>
        <source>Fall per year in the price of the same compute when hardware is refreshed.</source>
        <translation>硬件更新时同等算力价格的年降幅。</translation>
    </message>
    <message>
        <source>Market demand of the segment in the start year, as average effective PFLOPS in use.</source>
        <translation>该细分市场起始年的市场需求，以平均在用有效 PFLOPS 计。</translation>
    </message>
    <message>
        <source>Annual growth (CAGR) or, for an S-curve, the initial growth rate.</source>
        <translation>年增长率（CAGR）；S 曲线预测时为初始增长率。</translation>
    </message>
    <message>
        <source>Level at which an S-curve forecast saturates.</source>
        <translation>S 曲线预测的饱和水平。</translation>
    </message>
    <message>
        <source>Given demand per year (or per month), average effective PFLOPS.</source>
        <translation>逐年（或逐月）给定的需求，以平均有效 PFLOPS 计。</translation>
    </message>
    <message>
        <source>Share of the segment's market this center wins once filled.</source>
        <translation>爬坡完成后本中心在该细分市场获得的份额。</translation>
    </message>
    <message>
        <source>Time to fill: the captured share rises linearly over these months after opening.</source>
        <translation>爬坡期：投运后，所获市场份额在此期间内线性增长至目标值。</translation>
    </message>
    <message>
        <source>Price paid relative to each chip's market rental price.</source>
        <translation>实付价格相对各芯片市场租赁价格的倍数。</translation>
    </message>
    <message>
        <source>Annual decline of the price this segment pays.</source>
        <translation>该细分市场所付价格的年降幅。</translation>
    </message>
    <message>
        <source>Firms in the segment that can use vouchers (for the per-user cap).</source>
        <translation>该细分市场中可使用算力券的企业数量（用于计算单户上限）。</translation>
    </message>
    <message>
        <source>Subsidy as a share of the eligible capex.</source>
        <translation>补贴占符合条件投资的比例。</translation>
    </message>
    <message>
        <source>Maximum subsidy; 0 = no cap.</source>
        <translation>补贴上限；0 = 不设上限。</translation>
    </message>
    <message>
        <source>Minimum installed FP16 compute to qualify.</source>
        <translation>获得补贴所需的最低 FP16 装机算力。</translation>
    </message>
    <message>
        <source>Maximum PUE to qualify; 0 = no PUE condition.</source>
        <translation>获得补贴允许的最高 PUE；0 = 无 PUE 要求。</translation>
    </message>
    <message>
        <source>Minimum racking rate (filled / built racks) at full deployment.</source>
        <translation>全部部署后的最低上架率（已上架机架 / 已建机架）。</translation>
    </message>
    <message>
        <source>Minimum share of installed FP16 compute on domestic chips.</source>
        <translation>国产芯片占 FP16 装机算力的最低比例。</translation>
    </message>
    <message>
        <source>Relative share of the subsidy this payer funds (e.g. province 1 : city 2).</source>
        <translation>该出资方承担补贴的相对份额（例如 省 1 : 市 2）。</translation>
    </message>
    <message>
        <source>Project year in which the subsidy is paid (1 = first year).</source>
        <translation>补贴拨付的项目年（1 = 第 1 年）。</translation>
    </message>
    <message>
        <source>Subsidy per kWh bought from the grid.</source>
        <translation>每 kWh 电网购电的补贴金额。</translation>
    </message>
    <message>
        <source>Years after opening during which the electricity subsidy is paid.</source>
        <translation>投运后发放电费补贴的年数。</translation>
    </message>
    <message>
        <source>Interest-rate reduction paid by the public (0.01 = one point).</source>
        <translation>由财政承担的贴息利率（0.01 = 1 个百分点）。</translation>
    </message>
    <message>
        <source>Years from the first drawdown during which interest is subsidized.</source>
        <translation>自首次提款起享受贴息的年数。</translation>
    </message>
    <message>
        <source>Voucher budget available for this center's users per year.</source>
        <translation>本中心用户每年可用的算力券预算。</translation>
    </message>
    <message>
        <source>Share of an eligible user's bill the voucher pays.</source>
        <translation>算力券抵扣符合条件用户费用的比例。</translation>
    </message>
    <message>
        <source>Maximum voucher per user and year; 0 = no cap.</source>
        <translation>每个用户每年的算力券上限；0 = 不设上限。</translation>
    </message>
    <message>
        <source>Price elasticity of eligible demand (demand × (1 − coverage)^−elasticity).</source>
        <translation>符合条件需求的价格弹性（需求 × (1 − 抵扣比例)^−弹性）。</translation>
    </message>
    <message>
        <source>First project year in which vouchers are handed out.</source>
        <translation>开始发放算力券的项目年。</translation>
    </message>
    <message>
        <source>Years during which vouchers are handed out.</source>
        <translation>发放算力券的年数。</translation>
    </message>
    <message>
        <source>Corporate income tax rate (25%; 15% for high-tech or Western Development).</source>
        <translation>企业所得税税率（25%；高新技术企业或享受西部大开发优惠的为 15%）。</translation>
    </message>
    <message>
        <source>Years a tax loss can be carried forward (5 in China).</source>
        <translation>亏损可向以后年度结转弥补的年数（中国为 5 年）。</translation>
    </message>
    <message>
        <source>Discount rate of the investor (benchmark rate of return).</source>
        <translation>投资方折现率（基准收益率）。</translation>
    </message>
    <message>
        <source>Social discount rate for the public view (8% in the NDRC method).</source>
        <translation>公共视角采用的社会折现率（国家发展改革委《建设项目经济评价方法与参数》取 8%）。</translation>
    </message>
    <message>
        <source>Share of construction-period capex financed by debt.</source>
        <translation>建设期投资中债务融资的比例。</translation>
    </message>
    <message>
        <source>Interest rate of the debt.</source>
        <translation>借款利率。</translation>
    </message>
    <message>
        <source>Repayment period of the debt after operations start.</source>
        <translation>投运后的借款偿还期。</translation>
    </message>
    <message>
        <source>Tax depreciation life of IT equipment (straight line).</source>
        <translation>IT 设备税务折旧年限（直线法）。</translation>
    </message>
    <message>
        <source>Tax depreciation life of the facility (straight line).</source>
        <translation>设施税务折旧年限（直线法）。</translation>
    </message>
    <message>
        <source>Residual value kept out of depreciation (5% is common practice).</source>
        <translation>残值率，该部分不计提折旧（通常取 5%）。</translation>
    </message>
    <message>
        <source>Exchange rate for showing results in USD.</source>
        <translation>以美元显示结果时采用的汇率。</translation>
    </message>
    <message>
        <source>Dense FP64 peak; 0 = not supported.</source>
        <translation>稠密 FP64 峰值算力；0 = 不支持。</translation>
    </message>
    <message>
        <source>Dense FP32 peak; 0 = not supported.</source>
        <translation>稠密 FP32 峰值算力；0 = 不支持。</translation>
    </message>
    <message>
        <source>Dense FP16/BF16 peak; 0 = not supported.</source>
        <translation>稠密 FP16/BF16 峰值算力；0 = 不支持。</translation>
    </message>
    <message>
        <source>Dense FP8 peak; 0 = not supported.</source>
        <translation>稠密 FP8 峰值算力；0 = 不支持。</translation>
    </message>
    <message>
        <source>Dense INT8 peak; 0 = not supported.</source>
        <translation>稠密 INT8 峰值算力；0 = 不支持。</translation>
    </message>
    <message>
        <source>Memory per card.</source>
        <translation>单卡显存容量。</translation>
    </message>
    <message>
        <source>Maximum power of one card.</source>
        <translation>单卡最大功耗。</translation>
    </message>
    <message>
        <source>Cards in one server.</source>
        <translation>每台服务器的卡数。</translation>
    </message>
    <message>
        <source>Server power beyond the cards at full load (CPUs, memory, NICs, fans).</source>
        <translation>满载时服务器除加速卡以外的功耗（CPU、内存、网卡、风扇）。</translation>
    </message>
    <message>
        <source>Idle server power as a share of its maximum.</source>
        <translation>服务器空载功耗占其最大功耗的比例。</translation>
    </message>
    <message>
        <source>Price of one card.</source>
        <translation>单卡价格。</translation>
    </message>
    <message>
        <source>Server price without the cards.</source>
        <translation>服务器价格（不含加速卡）。</translation>
    </message>
    <message>
        <source>Market rental price per card-hour in the start year.</source>
        <translation>起始年每卡时的市场租赁价格。</translation>
    </message>
    <message>
        <source>Years until the cards are refreshed.</source>
        <translation>加速卡投用至更新的年数。</translation>
    </message>
    <message>
        <source>Qualitative risk of losing supply (export controls), 0–1.</source>
        <translation>断供风险（出口管制）的定性评估，取值 0–1。</translation>
    </message>
    <message>
        <source>Throughput for training relative to a mature software stack; 0 = cannot serve.</source>
        <translation>训练任务的软件生态效率（吞吐量相对成熟软件栈的比值）；0 = 无法承担。</translation>
    </message>
    <message>
        <source>Throughput for fine-tuning relative to a mature software stack; 0 = cannot serve.</source>
        <translation>微调任务的软件生态效率（吞吐量相对成熟软件栈的比值）；0 = 无法承担。</translation>
    </message>
    <message>
        <source>Throughput for inference relative to a mature software stack; 0 = cannot serve.</source>
        <translation>推理任务的软件生态效率（吞吐量相对成熟软件栈的比值）；0 = 无法承担。</translation>
    </message>
    <message>
        <source>Throughput for HPC relative to a mature software stack; 0 = cannot serve.</source>
        <translation>高性能计算任务的软件生态效率（吞吐量相对成熟软件栈的比值）；0 = 无法承担。</translation>
    </message>
    <message>
        <source>Throughput for general workloads relative to a mature software stack; 0 = cannot serve.</source>
        <translation>通用负载的软件生态效率（吞吐量相对成熟软件栈的比值）；0 = 无法承担。</translation>
    </message>
    <message>
        <source>Highest rack density the technology supports.</source>
        <translation>该技术支持的最高机架功率密度。</translation>
    </message>
    <message>
        <source>Cooling plant capex per kW of IT design capacity.</source>
        <translation>每 kW IT 设计容量的制冷设施投资。</translation>
    </message>
    <message>
        <source>Electrical losses proportional to IT load.</source>
        <translation>与 IT 负载成正比的电气损耗。</translation>
    </message>
    <message>
        <source>Cooling energy needed even when free cooling, per unit of IT load.</source>
        <translation>自然冷却时仍需的制冷能耗，按单位 IT 负载计。</translation>
    </message>
    <message>
        <source>Extra cooling energy on full mechanical cooling, per unit of IT load.</source>
        <translation>完全机械制冷时额外增加的制冷能耗，按单位 IT 负载计。</translation>
    </message>
    <message>
        <source>Outdoor temperature below which cooling is entirely free.</source>
        <translation>室外温度低于此值时完全采用自然冷却。</translation>
    </message>
    <message>
        <source>Outdoor temperature above which cooling is entirely mechanical.</source>
        <translation>室外温度高于此值时完全采用机械制冷。</translation>
    </message>
    <message>
        <source>Water per IT kWh in free cooling.</source>
        <translation>自然冷却时每 kWh IT 用电的耗水量。</translation>
    </message>
    <message>
        <source>Extra water per IT kWh on full mechanical cooling.</source>
        <translation>完全机械制冷时每 kWh IT 用电额外增加的耗水量。</translation>
    </message>
    <message>
        <source>All-in energy price a data center pays (flat-load blend of time-of-use periods).</source>
        <translation>数据中心实际支付的综合电度电价（按平稳负荷对各分时时段加权平均）。</translation>
    </message>
    <message>
        <source>Two-part tariff: charge per kW of monthly maximum demand.</source>
        <translation>两部制电价：按月最大需量每 kW 计收的需量电费。</translation>
    </message>
    <message>
        <source>Two-part tariff: charge per kVA of transformer capacity.</source>
        <translation>两部制电价：按变压器容量每 kVA 计收的容量电费。</translation>
    </message>
    <message>
        <source>Grid emission factor (MEE/NBS 2022 provincial).</source>
        <translation>电网排放因子（生态环境部、国家统计局 2022 年省级数据）。</translation>
    </message>
    <message>
        <source>Mean outdoor temperature of each month, January to December.</source>
        <translation>1 月至 12 月各月的平均室外温度。</translation>
    </message>
    <message>
        <source>Average annual wage in the IT sector.</source>
        <translation>IT 行业年平均工资。</translation>
    </message>
    <message>
        <source>Industrial land price.</source>
        <translation>工业用地价格。</translation>
    </message>
    <message>
        <source>Annual yield of one kWp of solar.</source>
        <translation>每 kWp 光伏的年发电量。</translation>
    </message>
    <message>
        <source>Power-infrastructure capex relative to N.</source>
        <translation>供配电设施投资相对 N 配置的倍数。</translation>
    </message>
    <message>
        <source>Share of the time the compute is available.</source>
        <translation>算力可用时间占比。</translation>
    </message>
    <message>
        <source>Installed cost of on-site solar per kWp.</source>
        <translation>屋顶/场内光伏的单位造价（含安装，每 kWp）。</translation>
    </message>
    <message>
        <source>Employer cost per FTE; 0 = the region's IT wage × the on-cost factor.</source>
        <translation>每名全职员工的用人成本；0 表示取所在地区 IT 行业平均工资 × 用工附加系数。</translation>
    </message>
    <message>
        <source>Employer cost per CNY of wage (social insurance, housing fund), used with the region's wage.</source>
        <translation>每元工资对应的用人成本系数（含社保、公积金），与所在地区工资相乘。</translation>
    </message>
    <message>
        <source>GDP per CNY of compute investment; a promotional estimate from published sources.</source>
        <translation>每元算力投资带动的 GDP；取自公开报道的宣传口径估算值。</translation>
    </message>
    <message>
        <source>Losses that depend only on the built capacity, as a share of built IT design power.</source>
        <translation>仅取决于已建容量的固定损耗，占已建 IT 设计功率的比例。</translation>
    </message>
    <message>
        <source>PUE rule for a new large data center in the region; 0 = none.</source>
        <translation>该地区对新建大型数据中心的 PUE 要求；0 表示无要求。</translation>
    </message>
    <message>
        <source>Insurance per year as a share of the IT and facility capex in service (land excluded).</source>
        <translation>每年保险费占在役 IT 与设施投资的比例（不含土地）。</translation>
    </message>
    <message>
        <source>Annual decline of the rental price of these cards as they age (reset when they are refreshed).</source>
        <translation>这批加速卡随使用年限增加的租赁价格年降幅（设备更新后重新计）。</translation>
    </message>
    <message>
        <source>Probability that the event happens in a trial (over the whole horizon).</source>
        <translation>该事件在一次试验中发生的概率（按整个计算期计）。</translation>
    </message>
    <message>
        <source>Share of the chip's cards whose delivery a supply cut delays.</source>
        <translation>因供货中断而延迟交付的该芯片加速卡所占比例。</translation>
    </message>
    <message>
        <source>Delay the event causes; past the horizon the cards never arrive.</source>
        <translation>该事件造成的延误时长；超出计算期即视为加速卡始终未到货。</translation>
    </message>
    <message>
        <source>Rank (Spearman) correlation between two uncertain inputs.</source>
        <translation>两个不确定输入之间的秩相关系数（Spearman）。</translation>
    </message>
    <message>
        <source>Share of the demand vouchers bring in that stays, paying the full price, once they stop (trial users who convert); 0 = none.</source>
        <translation>算力券带来的需求中，在算力券停发后仍按全价继续使用的比例（试用用户转化）；0 表示没有转化。</translation>
    </message>
    <message>
        <source>VAT rate on equipment, electricity and repairs (13%); used when finance.vat is included.</source>
        <translation>设备、电力及修理修配的增值税税率（13%）；在价格含增值税时使用。</translation>
    </message>
    <message>
        <source>VAT rate on compute and other modern services (6%): the rate on revenue.</source>
        <translation>算力服务及其他现代服务的增值税税率（6%），即营业收入适用的税率。</translation>
    </message>
    <message>
        <source>Surcharges on the VAT paid: city construction tax 7% and education surcharges 3% + 2%.</source>
        <translation>按实缴增值税计征的附加：城市维护建设税 7%，教育费附加 3% 和地方教育附加 2%。</translation>
    </message>
    <message>
        <source>Hours a day in the time-of-use peak period.</source>
        <translation>分时电价中每天的峰段小时数。</translation>
    </message>
    <message>
        <source>Hours a day in the time-of-use valley period.</source>
        <translation>分时电价中每天的谷段小时数。</translation>
    </message>
    <message>
        <source>Peak-period energy price relative to the flat period.</source>
        <translation>峰段电度电价相对平段电价的倍数。</translation>
    </message>
    <message>
        <source>Valley-period energy price relative to the flat period.</source>
        <translation>谷段电度电价相对平段电价的倍数。</translation>
    </message>
    <message>
        <source>Share of the peak-hour energy moved into valley hours (flexible training and batch work), as far as spare capacity allows; 0 = flat load.</source>
        <translation>峰段用电中转移到谷段的比例（可灵活调度的训练和批处理任务），以谷段空闲算力为限；0 表示负荷平稳不转移。</translation>
    </message>
    <message>
        <source>VAT rate on building works (9%); used when finance.vat is included.</source>
        <translation>建筑工程的增值税税率（9%）；在价格含增值税时使用。</translation>
    </message>
    <message>
        <source>Average effective P the contract reserves for its segment.</source>
        <translation>合同为其细分市场预留的平均有效算力（P）。</translation>
    </message>
    <message>
        <source>Start of the contract, in months after the center opens.</source>
        <translation>合同起始时间，以中心投运后的月数计。</translation>
    </message>
    <message>
        <source>Term of the contract; it must end within the horizon.</source>
        <translation>合同期限；须在评价期内结束。</translation>
    </message>
    <message>
        <source>Price per P reserved per year, fixed when signed; 0 = the market price of the segment's best chip at signing.</source>
        <translation>每预留 1 P 每年的价格，签约时锁定；0 = 签约时该细分市场最佳芯片的市场价。</translation>
    </message>
    <message>
        <source>Yearly change of the contract price within a term.</source>
        <translation>合同期内价格的年度调整幅度。</translation>
    </message>
    <message>
        <source>Share of the reservation paid for whether the tenant uses it or not.</source>
        <translation>无论租户是否使用都须付费的预留比例。</translation>
    </message>
    <message>
        <source>1 = signed; below 1, a letter of intent that converts with this probability.</source>
        <translation>1 = 已签约；小于 1 表示意向书，以此概率转为合同。</translation>
    </message>
    <message>
        <source>Chance that the contract is renewed at each end, at the then-market price; 0 = it lapses and the capacity goes back to the spot market.</source>
        <translation>每次到期时按当时市场价续约的概率；0 = 到期终止，算力回到现货市场。</translation>
    </message>
    <message>
        <source>Rent of one rack position in the host's IDC per month, from its readiness.</source>
        <translation>托管方 IDC 中每个机柜位每月的租金，自交付起计。</translation>
    </message>
    <message>
        <source>Rent per kW of the racks' design power per month (where the host prices power, on top of or instead of the rack rent).</source>
        <translation>按机柜设计功率每千瓦每月计的租金（托管方按功率计价时使用，可与机柜租金并用或替代）。</translation>
    </message>
    <message>
        <source>The host passes electricity through at the region's tariff times this PUE.</source>
        <translation>托管方按当地电价乘以此 PUE 转嫁电费。</translation>
    </message>
    <message>
        <source>Notice period: rent owed for these months after the last month of the horizon.</source>
        <translation>退租通知期：评价期最后一个月之后仍须支付租金的月数。</translation>
    </message>
    <message>
        <source>The contract a contract loss takes away, counted from 0 in the contracts list; without it, every contract.</source>
        <translation>合同流失事件取消的合同，按合同列表从 0 计数；不填则为全部合同。</translation>
    </message>
    <message>
        <source>One-time fee per rack position when it is handed over (installation, cross-connects), paid in the month it is ready.</source>
        <translation>每个机柜位交付时的一次性费用（安装、交叉连接），在其就绪当月支付。</translation>
    </message>
    <message>
        <source>Average effective P of this workload demanded at the node in the given year.</source>
        <translation>该节点在所给年份对此类负载的平均有效算力需求（P）。</translation>
    </message>
    <message>
        <source>Calendar year of the demand figure.</source>
        <translation>需求数字所属的公历年份。</translation>
    </message>
    <message>
        <source>Yearly growth of the demand, before and after the given year.</source>
        <translation>需求的年增长率（适用于所给年份之前和之后）。</translation>
    </message>
    <message>
        <source>East longitude of the place, for the map.</source>
        <translation>该地点的东经，用于地图。</translation>
    </message>
    <message>
        <source>North latitude of the place, for the map.</source>
        <translation>该地点的北纬，用于地图。</translation>
    </message>
    <message>
        <source>Capacity of the center once it is open.</source>
        <translation>中心投运后的算力容量。</translation>
    </message>
    <message>
        <source>First calendar year in which the center serves demand.</source>
        <translation>中心开始服务需求的第一个公历年份。</translation>
    </message>
    <message>
        <source>Yearly growth of the capacity after opening (0 for one center; the market's growth for an aggregate of many).</source>
        <translation>投运后容量的年增长率（单个中心为 0；多个中心的汇总取市场增长率）。</translation>
    </message>
    <message>
        <source>The center's price relative to the network's reference price.</source>
        <translation>该中心价格相对于网络参考价格的倍数。</translation>
    </message>
    <message>
        <source>Round-trip time over the link.</source>
        <translation>经该链路的往返时延。</translation>
    </message>
    <message>
        <source>Cost of moving the data of one P·h of work over the link.</source>
        <translation>经该链路传输 1 P·h 工作量所需数据的费用。</translation>
    </message>
    <message>
        <source>The proposed center's price relative to the network's reference price.</source>
        <translation>拟建中心价格相对于网络参考价格的倍数。</translation>
    </message>
    <message>
        <source>Market price of one P·h of work, against which centers' price factors, transfer costs and latency penalties are weighed.</source>
        <translation>1 P·h 工作量的市场价格；各中心的价格系数、传输费用和时延惩罚都以它为基准。</translation>
    </message>
    <message>
        <source>What a user gives up for each ms of round trip, within the latency limit.</source>
        <translation>在时延上限之内，用户每增加 1 ms 往返时延所付出的代价。</translation>
    </message>
    <message>
        <source>What waiting at a full center costs its users, as a share of the reference price; it rises from 0 at an empty center. Spreads demand over centers of equal cost.</source>
        <translation>满载中心的排队等待给用户带来的代价，占参考价格的比例；空闲时为 0，随负载上升。使需求在成本相同的中心之间分摊。</translation>
    </message>
    <message>
        <source>Longest round trip that inference and general services accept.</source>
        <translation>推理和通用服务可接受的最长往返时延。</translation>
    </message>
    <message>
        <source>Longest round trip that training, fine-tuning and HPC jobs accept.</source>
        <translation>训练、微调和高性能计算作业可接受的最长往返时延。</translation>
    </message>
    <message>
        <source>Capacity of the rival that opens (rival entry).</source>
        <translation>投运的竞争中心的容量（竞争者投运事件）。</translation>
    </message>
    <message>
        <source>Calendar year in which the rival opens (rival entry).</source>
        <translation>竞争中心投运的公历年份（竞争者投运事件）。</translation>
    </message>
    <message>
        <source>Added to the yearly demand growth of every place of the network, the shipped ones included: a market that grows slower (below 0) or faster than forecast. An uncertain input of the risk analysis like any other.</source>
        <translation>加到网络中每个地点（包括随软件提供的地点）的年需求增长率上：市场增长慢于（小于 0）或快于预测。与其他字段一样，可作为风险分析的不确定输入。</translation>
    </message>
    <message>
        <source>Project year in which the outcome is measured (within the horizon).</source>
        <translation>考核结果的项目年份（须在计算期内）。</translation>
    </message>
    <message>
        <source>Lowest utilization or racking rate that keeps the subsidy.</source>
        <translation>保留补贴所需的最低利用率或上架率。</translation>
    </message>
    <message>
        <source>Share of the subsidy paid back, the year after, when the outcome is missed.</source>
        <translation>未达标时于次年退还的补贴比例。</translation>
    </message>
    <message>
        <source>Yearly loss of the solar panels' yield as they age, counted from the opening.</source>
        <translation>光伏组件随老化每年损失的发电量比例，自投运起计。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <source>Default: %1 — %2%3</source>
        <translation>默认值：%1 — %2%3</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation>（估算值）</translation>
    </message>
    <message>
        <source>Catalog value: %1; ↺ goes back to it.</source>
        <translation>参数库取值：%1；点击 ↺ 可恢复为该值。</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Scenario and site</source>
        <translation>方案与站址</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Construction starts</source>
        <translation>开工年份</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>计算期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Grid emission factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <source>Land price</source>
        <translation>地价</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>电源与电价</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>电价制度</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>Capacity charge</source>
        <translation>容量电费</translation>
    </message>
    <message>
        <source>Tariff escalation</source>
        <translation>电价年变化率</translation>
    </message>
    <message>
        <source>Green power share</source>
        <translation>绿电比例</translation>
    </message>
    <message>
        <source>Green power price</source>
        <translation>绿电价格</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余配置</translation>
    </message>
    <message>
        <source>On-site solar</source>
        <translation>厂区光伏</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>功率因数</translation>
    </message>
    <message>
        <source>Facility, network and storage</source>
        <translation>设施、网络与存储</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>土建</translation>
    </message>
    <message>
        <source>Power infrastructure (at N)</source>
        <translation>供配电（按 N 配置）</translation>
    </message>
    <message>
        <source>Land per rack</source>
        <translation>单机架占地</translation>
    </message>
    <message>
        <source>Network fabric</source>
        <translation>网络架构</translation>
    </message>
    <message>
        <source>Network per server</source>
        <translation>单服务器网络投资</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储容量</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>存储单价</translation>
    </message>
    <message>
        <source>Solar price</source>
        <translation>光伏单价</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>设计、报批及其他费用</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>预备费</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>设施寿命</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>运维人员</translation>
    </message>
    <message>
        <source>Cost per FTE (0 = regional wage)</source>
        <translation>人均用人成本（0 = 按地区工资）</translation>
    </message>
    <message>
        <source>On-cost factor</source>
        <translation>用工附加系数</translation>
    </message>
    <message>
        <source>IT maintenance</source>
        <translation>IT 维保</translation>
    </message>
    <message>
        <source>Facility maintenance</source>
        <translation>设施维护</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Software per card</source>
        <translation>单卡软件费用</translation>
    </message>
    <message>
        <source>Other opex</source>
        <translation>其他运营成本</translation>
    </message>
    <message>
        <source>Opex inflation</source>
        <translation>运营成本年上涨率</translation>
    </message>
    <message>
        <source>Refresh hardware at end of life</source>
        <translation>硬件到期更新</translation>
    </message>
    <message>
        <source>Hardware price decline</source>
        <translation>硬件价格年降幅</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Social discount rate</source>
        <translation>社会折现率</translation>
    </message>
    <message>
        <source>Debt share</source>
        <translation>债务融资比例</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>借款利率</translation>
    </message>
    <message>
        <source>Loan tenor</source>
        <translation>借款期限</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>IT depreciation life</source>
        <translation>IT 折旧年限</translation>
    </message>
    <message>
        <source>Facility depreciation life</source>
        <translation>设施折旧年限</translation>
    </message>
    <message>
        <source>Residual share</source>
        <translation>残值率</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Tax and public view</source>
        <translation>税收与公共视角</translation>
    </message>
    <message>
        <source>Corporate income tax</source>
        <translation>企业所得税税率</translation>
    </message>
    <message>
        <source>Loss carry-forward</source>
        <translation>亏损结转年限</translation>
    </message>
    <message>
        <source>GDP multiplier (promotional estimate)</source>
        <translation>GDP 乘数（宣传口径估算）</translation>
    </message>
    <message>
        <source>Racks and cooling</source>
        <translation>机架与制冷</translation>
    </message>
    <message>
        <source>Design density</source>
        <translation>设计功率密度</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>制冷方式</translation>
    </message>
    <message>
        <source>Cooling limit</source>
        <translation>制冷密度上限</translation>
    </message>
    <message>
        <source>Cooling capex</source>
        <translation>制冷投资</translation>
    </message>
    <message>
        <source>Facility phases</source>
        <translation>分期建设</translation>
    </message>
    <message>
        <source>Demand segments</source>
        <translation>需求细分市场</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>需求预测</translation>
    </message>
    <message>
        <source>Capex subsidies</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Compute vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <source>Coverage of the bill</source>
        <translation>抵扣比例</translation>
    </message>
    <message>
        <source>Cap per user</source>
        <translation>单户上限</translation>
    </message>
    <message>
        <source>Eligible segments (ids)</source>
        <translation>适用细分市场（id）</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>价格弹性</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始项目年</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>发放年数</translation>
    </message>
    <message>
        <source>Electricity and interest subsidies</source>
        <translation>电费补贴与贴息</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Electricity subsidy years</source>
        <translation>电费补贴年数</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Interest subsidy years</source>
        <translation>贴息年数</translation>
    </message>
    <message>
        <source>How the risk analysis draws the inputs</source>
        <translation>风险分析的输入抽样方式</translation>
    </message>
    <message>
        <source>Uncertain inputs</source>
        <translation>不确定输入</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>风险事件</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>相关关系</translation>
    </message>
    <message>
        <source>Add the shipped presets</source>
        <translation>加入软件自带的不确定性预设</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>不确定性预设</translation>
    </message>
    <message>
        <source>Each uncertain input is a field path (as in messages: demand[0].captureShare; [*] for every entry, an id for one: chipMix[h20].override.cardPriceCny) with a distribution of its value, or of a factor on the planned value. Events happen with a probability in each trial. The Risk tab runs the trials.</source>
        <translation>每个不确定输入由一个字段路径（写法与提示信息相同：demand[0].captureShare；[*] 表示全部条目，填写 id 表示单个条目：chipMix[h20].override.cardPriceCny）及一个分布组成，该分布描述其取值，或描述作用于基准方案取值的系数。风险事件在每次试验中按给定概率发生。试验在“风险”选项卡中运行。</translation>
    </message>
    <message>
        <source>Add the shipped presets to this scenario</source>
        <translation>将软件自带的不确定性预设加入本方案</translation>
    </message>
    <message>
        <source>Trial users who stay</source>
        <translation>试用转化留存率</translation>
    </message>
    <message>
        <source>Value-added tax</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Prices and costs</source>
        <translation>价格与成本</translation>
    </message>
    <message>
        <source>Goods rate</source>
        <translation>货物税率</translation>
    </message>
    <message>
        <source>Construction rate</source>
        <translation>建筑服务税率</translation>
    </message>
    <message>
        <source>Services rate</source>
        <translation>服务税率</translation>
    </message>
    <message>
        <source>Surcharges on VAT</source>
        <translation>增值税附加税率</translation>
    </message>
    <message>
        <source>Time-of-use prices and load shifting</source>
        <translation>分时电价与负荷转移</translation>
    </message>
    <message>
        <source>Load moved off peak</source>
        <translation>峰段负荷转移比例</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>峰段小时数</translation>
    </message>
    <message>
        <source>Valley hours</source>
        <translation>谷段小时数</translation>
    </message>
    <message>
        <source>Peak price factor</source>
        <translation>峰段电价倍数</translation>
    </message>
    <message>
        <source>Valley price factor</source>
        <translation>谷段电价倍数</translation>
    </message>
    <message>
        <source>Revenue contracts</source>
        <translation>收入合同</translation>
    </message>
    <message>
        <source>Contracted and spot</source>
        <translation>合同与现货</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>机房方式</translation>
    </message>
    <message>
        <source>Colocation (third-party IDC)</source>
        <translation>托管（第三方 IDC）</translation>
    </message>
    <message>
        <source>Rent per rack</source>
        <translation>每机柜租金</translation>
    </message>
    <message>
        <source>Rent per kW</source>
        <translation>每千瓦租金</translation>
    </message>
    <message>
        <source>Host PUE</source>
        <translation>托管方 PUE</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Set-up fee per rack</source>
        <translation>每机柜开通费</translation>
    </message>
    <message>
        <source>Where the demand comes from</source>
        <translation>需求从哪里来</translation>
    </message>
    <message>
        <source>How users choose a center</source>
        <translation>用户如何选择中心</translation>
    </message>
    <message>
        <source>Our price factor</source>
        <translation>本中心价格系数</translation>
    </message>
    <message>
        <source>Reference price</source>
        <translation>参考价格</translation>
    </message>
    <message>
        <source>Latency penalty</source>
        <translation>时延惩罚</translation>
    </message>
    <message>
        <source>Congestion at a full center</source>
        <translation>满载中心的拥塞代价</translation>
    </message>
    <message>
        <source>Interactive latency limit</source>
        <translation>交互类时延上限</translation>
    </message>
    <message>
        <source>Batch latency limit</source>
        <translation>批处理类时延上限</translation>
    </message>
    <message>
        <source>Map: who serves whom</source>
        <translation>地图：谁为谁服务</translation>
    </message>
    <message>
        <source>Demand won over time</source>
        <translation>逐年争取到的需求</translation>
    </message>
    <message>
        <source>Who loses when the center opens</source>
        <translation>本中心投运后谁失去需求</translation>
    </message>
    <message>
        <source>Site comparison</source>
        <translation>选址比较</translation>
    </message>
    <message>
        <source>The scenario's own nodes, centers and links</source>
        <translation>本方案自有的节点、中心和链路</translation>
    </message>
    <message>
        <source>Market growth adjustment</source>
        <translation>市场增长调整</translation>
    </message>
    <message>
        <source>Policy library</source>
        <translation>政策库</translation>
    </message>
    <message>
        <source>Market now</source>
        <translation>起始需求</translation>
    </message>
    <message>
        <source>Growth/yr</source>
        <translation>年增长率</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>饱和水平</translation>
    </message>
    <message>
        <source>Card price (CNY)</source>
        <translation>单卡价格（元）</translation>
    </message>
    <message>
        <source>Rental (CNY/card·h)</source>
        <translation>租赁价格（元/卡时）</translation>
    </message>
    <message>
        <source>Rental decline/yr</source>
        <translation>租价年降幅</translation>
    </message>
    <message>
        <source>Construction starts (month)</source>
        <translation>开工月份</translation>
    </message>
    <message>
        <source>Construction (months)</source>
        <translation>建设工期（月）</translation>
    </message>
    <message>
        <source>Rack positions</source>
        <translation>机架位</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>In service from month</source>
        <translation>投用月份</translation>
    </message>
    <message>
        <source>Refresh into</source>
        <translation>更新换代为</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>获取份额</translation>
    </message>
    <message>
        <source>Time to fill</source>
        <translation>爬坡期</translation>
    </message>
    <message>
        <source>Price factor</source>
        <translation>价格系数</translation>
    </message>
    <message>
        <source>Extra price decline/yr</source>
        <translation>额外价格年降幅</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>协议价</translation>
    </message>
    <message>
        <source>Only on chips</source>
        <translation>限用芯片</translation>
    </message>
    <message>
        <source>Voucher users</source>
        <translation>算力券用户数</translation>
    </message>
    <message>
        <source>Segment id</source>
        <translation>细分市场标识</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Starts (months after opening)</source>
        <translation>起始（投运后月数）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Price (0 = market)</source>
        <translation>价格（0 = 市场价）</translation>
    </message>
    <message>
        <source>Escalation/yr</source>
        <translation>年调价</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>照付不议比例</translation>
    </message>
    <message>
        <source>Signed (probability)</source>
        <translation>签约概率</translation>
    </message>
    <message>
        <source>Renewed (probability)</source>
        <translation>续约概率</translation>
    </message>
    <message>
        <source>Min scale</source>
        <translation>最低规模</translation>
    </message>
    <message>
        <source>Max PUE</source>
        <translation>PUE 上限</translation>
    </message>
    <message>
        <source>PUE basis</source>
        <translation>PUE 口径</translation>
    </message>
    <message>
        <source>Min racking</source>
        <translation>最低上架率</translation>
    </message>
    <message>
        <source>Min domestic</source>
        <translation>最低国产占比</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Measured in year</source>
        <translation>考核年份</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Share repaid</source>
        <translation>退还比例</translation>
    </message>
    <message>
        <source>Library policy</source>
        <translation>政策库条目</translation>
    </message>
    <message>
        <source>Capex subsidy</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <source>Cap (CNY)</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>Eligible items</source>
        <translation>适用投资项</translation>
    </message>
    <message>
        <source>Payers (name weight, …)</source>
        <translation>出资方（名称 权重, …）</translation>
    </message>
    <message>
        <source>Paid in year</source>
        <translation>拨付项目年</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Region id</source>
        <translation>地区 id</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>节点 id</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>投运年份</translation>
    </message>
    <message>
        <source>From node</source>
        <translation>起点节点</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>终点节点</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>Transfer cost</source>
        <translation>传输费用</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>算力网络</translation>
    </message>
    <message>
        <source>The center's node</source>
        <translation>本中心所在节点</translation>
    </message>
    <message>
        <source>Solar degradation</source>
        <translation>光伏衰减</translation>
    </message>
    <message>
        <source>Input (field path)</source>
        <translation>输入（字段路径）</translation>
    </message>
    <message>
        <source>Drawn as</source>
        <translation>抽样对象</translation>
    </message>
    <message>
        <source>Why this range</source>
        <translation>区间依据</translation>
    </message>
    <message>
        <source>Input A (path)</source>
        <translation>输入 A（路径）</translation>
    </message>
    <message>
        <source>Input B (path)</source>
        <translation>输入 B（路径）</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>秩相关系数</translation>
    </message>
    <message>
        <source>Demand series</source>
        <translation>需求序列</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>最可能值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Cards affected</source>
        <translation>受影响加速卡占比</translation>
    </message>
    <message>
        <source>Delay (months)</source>
        <translation>延误（月）</translation>
    </message>
    <message>
        <source>Chip (supply cut)</source>
        <translation>芯片（供货中断）</translation>
    </message>
    <message>
        <source>Contract (loss; from 0)</source>
        <translation>合同（流失；从 0 计）</translation>
    </message>
    <message>
        <source>Rival P (entry)</source>
        <translation>竞争者算力 P（投运事件）</translation>
    </message>
    <message>
        <source>Rival opens (year)</source>
        <translation>竞争者投运年份</translation>
    </message>
    <message>
        <source>Rival node (empty = ours)</source>
        <translation>竞争者节点（空 = 本中心所在节点）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>建设分期</translation>
    </message>
    <message>
        <source>Chip deployment</source>
        <translation>芯片部署</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>Demand segment</source>
        <translation>需求细分</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>补贴追回</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>不确定输入</translation>
    </message>
    <message>
        <source>Risk event</source>
        <translation>风险事件</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>相关关系</translation>
    </message>
    <message>
        <source>FP64 peak</source>
        <translation>FP64 峰值算力</translation>
    </message>
    <message>
        <source>FP32 peak</source>
        <translation>FP32 峰值算力</translation>
    </message>
    <message>
        <source>FP16 peak</source>
        <translation>FP16 峰值算力</translation>
    </message>
    <message>
        <source>FP8 peak</source>
        <translation>FP8 峰值算力</translation>
    </message>
    <message>
        <source>INT8 peak</source>
        <translation>INT8 峰值算力</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Card power (TDP)</source>
        <translation>单卡功耗（TDP）</translation>
    </message>
    <message>
        <source>Cards per server</source>
        <translation>每台服务器卡数</translation>
    </message>
    <message>
        <source>Server power beyond the cards</source>
        <translation>服务器除加速卡外功耗</translation>
    </message>
    <message>
        <source>Idle power share</source>
        <translation>空闲功耗占比</translation>
    </message>
    <message>
        <source>Server price without cards</source>
        <translation>服务器价格（不含加速卡）</translation>
    </message>
    <message>
        <source>Economic life</source>
        <translation>经济寿命</translation>
    </message>
    <message>
        <source>Supply risk</source>
        <translation>供应风险</translation>
    </message>
    <message>
        <source>Efficiency: training</source>
        <translation>生态效率：训练</translation>
    </message>
    <message>
        <source>Efficiency: fine-tuning</source>
        <translation>生态效率：微调</translation>
    </message>
    <message>
        <source>Efficiency: inference</source>
        <translation>生态效率：推理</translation>
    </message>
    <message>
        <source>Efficiency: HPC</source>
        <translation>生态效率：HPC</translation>
    </message>
    <message>
        <source>Efficiency: general</source>
        <translation>生态效率：通用</translation>
    </message>
    <message>
        <source>Fixed losses</source>
        <translation>固定损耗</translation>
    </message>
    <message>
        <source>Load-proportional losses</source>
        <translation>随负载变化的损耗</translation>
    </message>
    <message>
        <source>Base cooling energy</source>
        <translation>基础制冷能耗</translation>
    </message>
    <message>
        <source>Mechanical cooling energy</source>
        <translation>机械制冷能耗</translation>
    </message>
    <message>
        <source>Free cooling below</source>
        <translation>全自然冷却温度上限</translation>
    </message>
    <message>
        <source>Fully mechanical above</source>
        <translation>全机械制冷温度下限</translation>
    </message>
    <message>
        <source>Water (free cooling)</source>
        <translation>耗水（自然冷却）</translation>
    </message>
    <message>
        <source>Extra water (mechanical)</source>
        <translation>额外耗水（机械制冷）</translation>
    </message>
    <message>
        <source>Monthly temperature</source>
        <translation>月平均气温</translation>
    </message>
    <message>
        <source>IT wage</source>
        <translation>IT 行业工资</translation>
    </message>
    <message>
        <source>Solar yield</source>
        <translation>光伏年发电量</translation>
    </message>
    <message>
        <source>PUE rule</source>
        <translation>PUE 限值</translation>
    </message>
    <message>
        <source>Power capex multiplier</source>
        <translation>供电投资倍数</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>does not exist: the cash flows never turn positive</source>
        <translation>不存在：现金流始终未转为正值</translation>
    </message>
    <message>
        <source>does not exist: there is no net investment to earn a return on</source>
        <translation>不存在：没有可据以计算收益的净投资</translation>
    </message>
    <message>
        <source>does not exist: no rate between -99% and 1000% makes the NPV zero</source>
        <translation>不存在：在 -99% 至 1000% 之间没有使 NPV 为零的折现率</translation>
    </message>
    <message>
        <source>not within the %1-year horizon</source>
        <translation>%1 年计算期内无法收回</translation>
    </message>
    <message>
        <source>no debt is serviced</source>
        <translation>无还本付息</translation>
    </message>
    <message>
        <source>no interest is paid</source>
        <translation>无利息支出</translation>
    </message>
    <message>
        <source>no FP16 compute is used</source>
        <translation>未使用 FP16 算力</translation>
    </message>
    <message>
        <source>no card-hour is used</source>
        <translation>未使用任何卡时</translation>
    </message>
    <message>
        <source>no public money is spent</source>
        <translation>无财政资金支出</translation>
    </message>
    <message>
        <source>no FP16 compute is installed</source>
        <translation>未安装 FP16 算力</translation>
    </message>
</context>
<context>
    <name>GoalSeek</name>
    <message>
        <source>no payback</source>
        <translation>计算期内无法回收</translation>
    </message>
    <message>
        <source>no IRR</source>
        <translation>无内部收益率</translation>
    </message>
    <message>
        <source>the P50 of %1</source>
        <translation>%1的 P50</translation>
    </message>
    <message>
        <source>not a numeric field of this scenario (examples: %1)</source>
        <translation>不是本方案的数值字段（示例：%1）</translation>
    </message>
    <message>
        <source>%1 cannot be varied: it %2</source>
        <translation>%1 不能作为求解变量：它%2</translation>
    </message>
    <message>
        <source>a factor cannot be negative (%1)</source>
        <translation>系数不能为负（%1）</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2</source>
        <translation>%1 超出允许范围 %2</translation>
    </message>
    <message>
        <source>the range %1 … %2 is empty</source>
        <translation>区间 %1 … %2 为空</translation>
    </message>
    <message>
        <source>a P50 needs uncertain inputs, and the scenario has none (add an uncertainty section or the presets)</source>
        <translation>求 P50 需要不确定输入，而该方案没有（请添加 uncertainty 部分或不确定性预设）</translation>
    </message>
    <message>
        <source>at least one trial is needed</source>
        <translation>至少需要一次试验</translation>
    </message>
    <message>
        <source>%1 is drawn in every trial (uncertainty.inputs[%2] gives its value), so a P50 search cannot set it; make that input a factor or seek on the deterministic result</source>
        <translation>%1 在每次试验中都会重新抽样（其取值由 uncertainty.inputs[%2] 给出），因此按 P50 求解时无法设定它；请将该输入改为系数形式，或改为对确定性结果求解</translation>
    </message>
    <message>
        <source>No value of %1 between %2 and %3 brings %4 to %5: it is %6 at %2 and %7 at %3, %8 the target at both ends.</source>
        <translation>%1 在 %2 至 %3 之间没有能使%4达到 %5 的取值：取 %2 时为 %6，取 %3 时为 %7，两端均%8目标值。</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>%1 = %2 brings %3 to %4 (target %5; %6 as the scenario stands, at %7).</source>
        <translation>%1 = %2 时，%3为 %4（目标值 %5；按方案当前取值 %7 时为 %6）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>GoalSeekLevers</name>
    <message>
        <source>Electricity tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Rate of the capex subsidy "%1"</source>
        <translation>投资补贴“%1”的比例</translation>
    </message>
    <message>
        <source>Compute voucher budget per year</source>
        <translation>每年算力券预算</translation>
    </message>
    <message>
        <source>Share of the bill vouchers pay</source>
        <translation>算力券支付的费用比例</translation>
    </message>
    <message>
        <source>Cards of every chip-mix entry (factor)</source>
        <translation>各芯片配置的卡数（系数）</translation>
    </message>
    <message>
        <source>Card prices (factor)</source>
        <translation>加速卡价格（系数）</translation>
    </message>
    <message>
        <source>Rental prices (factor)</source>
        <translation>租用价格（系数）</translation>
    </message>
    <message>
        <source>Capture share of every segment (factor)</source>
        <translation>各细分市场的获取份额（系数）</translation>
    </message>
    <message>
        <source>Base demand of every segment (factor)</source>
        <translation>各细分市场的基期需求（系数）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the header has no column "id" (it has: %1)</source>
        <translation>表头中没有 "id" 列（现有列：%1）</translation>
    </message>
    <message>
        <source>not a field of the %1 catalog (fields: %2)</source>
        <translation>不是 %1 参数库的字段（可用字段：%2）</translation>
    </message>
    <message>
        <source>a list cannot be imported from CSV</source>
        <translation>列表类字段无法从 CSV 导入</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（%2 导入）</translation>
    </message>
    <message>
        <source>an id of 1 to %1 characters is needed</source>
        <translation>id 须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>"%1" is already on line %2</source>
        <translation>"%1" 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>"%1" is already in the %2 catalog; leave copyOf empty to change it</source>
        <translation>"%1" 已在 %2 参数库中；如要修改该条目，请将 copyOf 留空</translation>
    </message>
    <message>
        <source>"%1" is not in the %2 catalog; name the entry it starts from in a copyOf column</source>
        <translation>"%1" 不在 %2 参数库中；请在 copyOf 列中填写作为其基础的条目</translation>
    </message>
    <message>
        <source>"%1" is not in the %2 catalog</source>
        <translation>"%1" 不在 %2 参数库中</translation>
    </message>
    <message>
        <source>expected a number, found "%1"</source>
        <translation>应为数值，实际为 "%1"</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" 不是以下值之一：%2</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>文件中没有数据行</translation>
    </message>
    <message>
        <source>catalog figures imported from %1</source>
        <translation>从 %1 导入的参数库数据</translation>
    </message>
    <message>
        <source>Scenario "%1" does not validate with the new figures: %2</source>
        <translation>方案 "%1" 采用新数据后校验未通过：%2</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>第 %1 行第 %2 列（%3）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as CSV UTF-8 (comma delimited) and import it again</source>
        <translation>该文件为 UTF-16 文本；请另存为 CSV UTF-8（逗号分隔）格式后重新导入</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as GB18030 (the encoding of Chinese Windows).</source>
        <translation>该文件不是 UTF-8 编码，已按 GB18030（中文版 Windows 的编码）读取。</translation>
    </message>
    <message>
        <source>this line is neither UTF-8 nor GB18030 text; save the file as CSV UTF-8</source>
        <translation>此行既不是 UTF-8 文本，也不是 GB18030 文本；请将文件另存为 CSV UTF-8 格式</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a missing ")</source>
        <translation>带引号的字段未闭合（缺少 "）</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号后还有多余文本</translation>
    </message>
    <message>
        <source>a field of %1 characters; at most %2 are allowed</source>
        <translation>字段长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the file is %1 MB; at most %2 MB can be imported</source>
        <translation>文件大小为 %1 MB；可导入的文件不得超过 %2 MB</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <source>the header has no column "%1" (it has: %2)</source>
        <translation>表头中没有 "%1" 列（现有列：%2）</translation>
    </message>
    <message>
        <source>"%1" is not a period; write a year (2027) or a month (2027-03)</source>
        <translation>"%1" 不是有效的期间；请填写年份（如 2027）或月份（如 2027-03）</translation>
    </message>
    <message>
        <source>a segment id of 1 to %1 characters is needed</source>
        <translation>细分市场 id 须为 1 至 %1 个字符</translation>
    </message>
    <message>
        <source>expected a number such as 120.5, found "%1"</source>
        <translation>应为数值（如 120.5），实际为 "%1"</translation>
    </message>
    <message>
        <source>demand cannot be negative</source>
        <translation>需求不能为负数</translation>
    </message>
    <message>
        <source>"%1" is not a unit of compute demand; use P (average PFLOPS) or P·h (PFLOPS-hours)</source>
        <translation>"%1" 不是算力需求的单位；请使用 P（平均 PFLOPS）或 P·h（PFLOPS·小时）</translation>
    </message>
    <message>
        <source>%1 P on average is above the %2 P allowed</source>
        <translation>平均 %1 P，超过允许的上限 %2 P</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>the earlier rows of segment "%1" are %2 (line %3); a segment's periods are all years or all months</source>
        <translation>细分市场 "%1" 此前各行的期间为%2（第 %3 行）；同一细分市场的期间须全部为年份或全部为月份</translation>
    </message>
    <message>
        <source>segment "%1" has %2 already on line %3</source>
        <translation>细分市场 "%1" 的 %2 已在第 %3 行出现</translation>
    </message>
    <message>
        <source>segment "%1" has %2 periods; at most %3 are allowed</source>
        <translation>细分市场 "%1" 有 %2 个期间；最多允许 %3 个</translation>
    </message>
    <message>
        <source>segment "%1" has no value for %2: its periods must follow each other without a gap</source>
        <translation>细分市场 "%1" 缺少 %2 的数值：各期间必须连续，不能有间断</translation>
    </message>
    <message>
        <source>segment "%1" has no value for %2; the scenario's horizon is %3–%4</source>
        <translation>细分市场 "%1" 缺少 %2 的数值；该方案的计算期为 %3–%4 年</translation>
    </message>
    <message>
        <source>Segment "%1": %2 values outside the horizon (%3–%4) were kept with the import but not used.</source>
        <translation>细分市场 "%1"：计算期（%3–%4 年）以外的 %2 个数值已随导入保存，但不参与计算。</translation>
    </message>
    <message>
        <source>the project has no scenario named "%1" (it has: %2)</source>
        <translation>项目中没有名为 "%1" 的方案（现有方案：%2）</translation>
    </message>
    <message>
        <source>"%1" is not a segment of scenario "%2" (its segments: %3)</source>
        <translation>"%1" 不是方案 "%2" 的细分市场（该方案的细分市场：%3）</translation>
    </message>
    <message>
        <source>"%1" names segment "%2" again</source>
        <translation>"%1" 重复指定了细分市场 "%2"</translation>
    </message>
    <message>
        <source>demand forecast imported from %1</source>
        <translation>从 %1 导入的需求预测</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>逐年</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>Segment "%1": %2 %3 values (%4).</source>
        <translation>细分市场 "%1"：%2 个%3数值（%4）。</translation>
    </message>
    <message>
        <source>the name of column %1 as well</source>
        <translation>与第 %1 列同名</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) into the %1 catalog.</source>
        <translation>
            <numerusform>已向 %1 参数库导入 %n 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>the key "%1" appears twice in one object (%2)</source>
        <translation>键“%1”在同一对象中出现了两次（%2）</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>不是有效的 JSON，位置：%1：%2</translation>
    </message>
    <message>
        <source>expected a JSON object { … }</source>
        <translation>应为 JSON 对象 { … }</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Capex</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Initial investment: facility, IT, land, soft costs and contingency (refresh excluded).</source>
        <translation>初始投资：设施、IT、土地、设计报批等其他费用及预备费（不含设备更新）。</translation>
    </message>
    <message>
        <source>Opex / yr</source>
        <translation>年运营成本</translation>
    </message>
    <message>
        <source>Average annual operating cost of the full operating years (depreciation excluded).</source>
        <translation>完整运营年度的年均运营成本（不含折旧）。</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Project NPV after income tax at the scenario's discount rate.</source>
        <translation>按本方案折现率计算的项目所得税后净现值。</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>Project IRR after income tax (项目投资财务内部收益率，所得税后).</source>
        <translation>项目投资财务内部收益率（所得税后）。</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Static payback period counted from the start of construction.</source>
        <translation>静态投资回收期，自开工建设起算。</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Average share of installed card-hours used over the operating years.</source>
        <translation>运营期内已用卡时占装机卡时的平均比例。</translation>
    </message>
    <message>
        <source>Racking rate</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Filled rack positions over built ones (上架率) once every card is deployed.</source>
        <translation>全部加速卡部署后，已上架机架位占已建机架位的比例（上架率）。</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Average PUE over the horizon (facility energy over IT energy); worse at low load.</source>
        <translation>计算期平均 PUE（总用电量 / IT 用电量）；低负载时偏高。</translation>
    </message>
    <message>
        <source>Energy / yr</source>
        <translation>年用电量</translation>
    </message>
    <message>
        <source>Facility electricity per operating year.</source>
        <translation>运营期每年的总用电量。</translation>
    </message>
    <message>
        <source>CO2 / yr</source>
        <translation>年碳排放</translation>
    </message>
    <message>
        <source>Location-based emissions per operating year (grid emission factor).</source>
        <translation>运营期每年基于位置的 CO2 排放（按电网排放因子计）。</translation>
    </message>
    <message>
        <source>Public cost</source>
        <translation>财政支出</translation>
    </message>
    <message>
        <source>Capex, electricity and interest subsidies plus vouchers paid over the horizon.</source>
        <translation>计算期内拨付的投资补贴、电费补贴、贴息及兑付的算力券合计。</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>资本金内部收益率</translation>
    </message>
    <message>
        <source>IRR of the equity cash flows (资本金财务内部收益率).</source>
        <translation>按资本金净现金流量计算的内部收益率（资本金财务内部收益率）。</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Constant utilization at which the NPV after tax is zero.</source>
        <translation>使所得税后净现值为零的恒定利用率。</translation>
    </message>
    <message>
        <source>Revenue / yr</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Average annual revenue of the full operating years.</source>
        <translation>完整运营年度的年均收入。</translation>
    </message>
    <message>
        <source>Cost per used card-hour</source>
        <translation>卡时成本</translation>
    </message>
    <message>
        <source>Levelized cost per card-hour actually used (CNY).</source>
        <translation>每实际使用卡时的平准化算力成本（元）。</translation>
    </message>
    <message>
        <source>NPV without support</source>
        <translation>无补贴净现值</translation>
    </message>
    <message>
        <source>NPV after tax with no subsidy, voucher or interest support.</source>
        <translation>不计任何补贴、算力券及贴息时的所得税后净现值。</translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 GWh</source>
        <translation>%1 GWh</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>算力网络</translation>
    </message>
    <message>
        <source>The center's node</source>
        <translation>本中心所在节点</translation>
    </message>
    <message>
        <source>A shipped network of places, demand, rival centers and links; the center wins the demand that reaches it most cheaply (price, transfer, latency, congestion).</source>
        <translation>随软件提供的网络，包括地点、需求、竞争中心和链路；本中心争取到以它为最低成本（价格、传输、时延、拥塞）到达的需求。</translation>
    </message>
    <message>
        <source>Moving the center to another node also moves the site to that node's region.</source>
        <translation>将中心移到其他节点时，站址也随之移到该节点所在地区。</translation>
    </message>
    <message>
        <source>Compare every site</source>
        <translation>比较所有选址</translation>
    </message>
    <message>
        <source>Evaluates the same center at every node that has a region: NPV, utilization and demand won, side by side.</source>
        <translation>在每个关联地区的节点上评估同一中心：并列给出 NPV、利用率和争取到的需求。</translation>
    </message>
    <message>
        <source>Entries here add to the shipped network, or replace its entry with the same id (a link: the same two nodes). A rival you expect, e.g. 500 P opening in 2028, is one row of centers.</source>
        <translation>此处的条目添加到随软件提供的网络中，或替换其中 id 相同的条目（链路：连接相同的两个节点）。预计出现的竞争者，例如 2028 年投运的 500 P，只需在中心表中加一行。</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Capacity
(P)</source>
        <translation>容量
（P）</translation>
    </message>
    <message>
        <source>Utilization
without</source>
        <translation>利用率
（无本中心）</translation>
    </message>
    <message>
        <source>Utilization
with</source>
        <translation>利用率
（有本中心）</translation>
    </message>
    <message>
        <source>Lost
(P)</source>
        <translation>失去
（P）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>NPV after tax
(M CNY)</source>
        <translation>税后 NPV
（百万元）</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Won
(P)</source>
        <translation>争取
（P）</translation>
    </message>
    <message>
        <source>None: the segments' own forecasts</source>
        <translation>无：使用各需求细分自己的预测</translation>
    </message>
    <message>
        <source>The scenario's own network</source>
        <translation>本方案自有的网络</translation>
    </message>
    <message>
        <source>The network has problems (see the status bar); the last valid results stay on the other pages.</source>
        <translation>网络存在问题（见状态栏）；其他页面保留上次有效的结果。</translation>
    </message>
    <message>
        <source>Without a network each demand segment's capture share is typed by hand. Choose a network to see which demand the center can win against its rivals, and set a segment's forecast to "Won in the network" to sell it.</source>
        <translation>没有算力网络时，各需求细分的获取份额需手工填写。选择一个网络，即可看到本中心能从竞争者手中争取到哪些需求；将某个细分的预测方式设为“由算力网络分配”即可出售这些需求。</translation>
    </message>
    <message>
        <source>In %1 the center wins %2 P of the %3 P it could serve (%4 of its capacity); without it, its rivals would serve that demand.</source>
        <translation>%1 年本中心在可提供的 %3 P 中争取到 %2 P（占其容量的 %4）；若不建本中心，这些需求将由竞争者满足。</translation>
    </message>
    <message>
        <source>Capacity (P)</source>
        <translation>容量（P）</translation>
    </message>
    <message>
        <source>Demand won (P)</source>
        <translation>争取到的需求（P）</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无算力网络</translation>
    </message>
    <message>
        <source>Move the center to %1</source>
        <translation>将中心移到%1</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1（当前）</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>n/a (%1)</source>
        <translation>无（%1）</translation>
    </message>
</context>
<context>
    <name>PolicyLibrary</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2的 %1</translation>
    </message>
    <message>
        <source>all capex</source>
        <translation>全部投资</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>at least %1 P</source>
        <translation>不低于 %1 P</translation>
    </message>
    <message>
        <source>PUE at most %1</source>
        <translation>PUE 不高于 %1</translation>
    </message>
    <message>
        <source>%1 on domestic chips</source>
        <translation>国产芯片占 %1</translation>
    </message>
    <message>
        <source>%1 of users' bills</source>
        <translation>补贴用户费用的 %1</translation>
    </message>
    <message>
        <source>programme budget %1 a year</source>
        <translation>政策总预算每年 %1</translation>
    </message>
    <message>
        <source>budget not stated</source>
        <translation>未公布预算</translation>
    </message>
    <message>
        <source>at most %1 per user and year</source>
        <translation>每用户每年上限 %1</translation>
    </message>
    <message>
        <source>%1 CNY per kWh</source>
        <translation>每千瓦时 %1 元</translation>
    </message>
    <message>
        <source>%1 points off the loan rate</source>
        <translation>贷款利率贴息 %1 个百分点</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of the terms</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PolicyLibraryDialog</name>
    <message>
        <source>%1 (as published)</source>
        <translation>%1（与政策库一致）</translation>
    </message>
    <message>
        <source>%1 (changed from the library: %2)</source>
        <translation>%1（已改动：%2）</translation>
    </message>
    <message>
        <source>No policy from the library yet.</source>
        <translation>尚未从政策库添加政策。</translation>
    </message>
    <message>
        <source>From the library: %1</source>
        <translation>来自政策库：%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation>从政策库添加…</translation>
    </message>
    <message>
        <source>Real subsidy programs with their terms, conditions and sources</source>
        <translation>真实补贴政策，含条款、条件和来源</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project already has a scenario named "%1".</source>
        <translation>项目中已有名为 "%1" 的方案。</translation>
    </message>
    <message>
        <source>The project has no scenario named "%1".</source>
        <translation>项目中没有名为 "%1" 的方案。</translation>
    </message>
    <message>
        <source>a catalog entry needs an id of 1 to 100 characters</source>
        <translation>参数库条目的 id 须为 1 至 100 个字符</translation>
    </message>
    <message>
        <source>Scenario name: %1.</source>
        <translation>情景名称：%1。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 is not a valid Suanpan project: %2</source>
        <translation>%1 不是有效的算盘项目文件：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened as a database: %2</source>
        <translation>%1 无法作为数据库打开：%2</translation>
    </message>
    <message>
        <source>%1 uses project schema %2 and could not be copied to be upgraded to schema %3.</source>
        <translation>%1 使用项目格式版本 %2，无法复制该文件以升级到格式版本 %3。</translation>
    </message>
    <message>
        <source>%1 uses project schema %2 and could not be upgraded to schema %3: %4</source>
        <translation>%1 使用项目格式版本 %2，无法升级到格式版本 %3：%4</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a file.</source>
        <translation>无法打开 %1：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a project file may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；项目文件不得超过 %3 MB。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Suanpan project.</source>
        <translation>%1 为空文件（0 字节），不是算盘项目文件。</translation>
    </message>
    <message>
        <source>%1 is not a Suanpan project but a text file that looks like JSON (a scenario?); create a project from it or import it into one instead.</source>
        <translation>%1 不是算盘项目文件，而是看似 JSON 的文本文件（可能是方案文件？）；请用它创建项目，或将其导入某个项目。</translation>
    </message>
    <message>
        <source>%1 is not a Suanpan project: it is a text file, not a database.</source>
        <translation>%1 不是算盘项目文件：它是文本文件，不是数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Suanpan project: its content is not an SQLite database.</source>
        <translation>%1 不是算盘项目文件：其内容不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Suanpan project: it is an SQLite database without an application id (Suanpan projects have %2), probably made by another program.</source>
        <translation>%1 不是算盘项目文件：它是未设置 application id 的 SQLite 数据库（算盘项目文件的 application id 为 %2），可能由其他程序创建。</translation>
    </message>
    <message>
        <source>%1 is not a Suanpan project: it is the SQLite database of another program (application id %2; Suanpan projects have %3).</source>
        <translation>%1 不是算盘项目文件：它是其他程序的 SQLite 数据库（application id 为 %2；算盘项目文件为 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is marked as a Suanpan project but has no schema version.</source>
        <translation>%1 已损坏：文件标记为算盘项目，但没有格式版本号。</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends after %2 bytes, but its header says it has %3 bytes (an incomplete copy or download?).</source>
        <translation>%1 已损坏：文件只有 %2 字节，但文件头表明应有 %3 字节（可能复制或下载不完整？）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Suanpan (project schema %2); this version (%3) reads project schema %4 and older. Update Suanpan to open it.</source>
        <translation>%1 由较新版本的算盘保存（项目格式版本 %2）；当前版本（%3）只能读取项目格式版本 %4 及更早版本。请升级算盘后再打开。</translation>
    </message>
    <message>
        <source>%1 was written by Suanpan %2 (project schema %3); this version (%4) reads project schema %5 and older. Update Suanpan to open it.</source>
        <translation>%1 由算盘 %2 保存（项目格式版本 %3）；当前版本（%4）只能读取项目格式版本 %5 及更早版本。请升级算盘后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite's integrity check reports: %2</source>
        <translation>%1 已损坏：SQLite 完整性检查（integrity check）报告：%2</translation>
    </message>
    <message>
        <source>the table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>the table %1 has %2 rows; at most %3 are allowed.</source>
        <translation>表 %1 有 %2 行；最多允许 %3 行。</translation>
    </message>
    <message>
        <source>the table %1 is missing.</source>
        <translation>缺少表 %1。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>其他类型的值</translation>
    </message>
    <message>
        <source>%1, column %2: expected text, found %3</source>
        <translation>%1，%2 列：应为文本，实际为 %3</translation>
    </message>
    <message>
        <source>%1, column %2: %3 characters; at most %4 are allowed</source>
        <translation>%1，%2 列：长度为 %3 个字符；最多允许 %4 个</translation>
    </message>
    <message>
        <source>%1, column %2: expected a whole number, found %3</source>
        <translation>%1，%2 列：应为整数，实际为 %3</translation>
    </message>
    <message>
        <source>%1, column %2: "%3" is not a date and time</source>
        <translation>%1，%2 列："%3" 不是有效的日期时间</translation>
    </message>
    <message>
        <source>%1: the JSON cannot be read at offset %2: %3</source>
        <translation>%1：偏移量 %2 处的 JSON 无法解析：%3</translation>
    </message>
    <message>
        <source>metadata %1: "%2" is not a date and time</source>
        <translation>元数据 %1："%2" 不是有效的日期时间</translation>
    </message>
    <message>
        <source>%1: "%2" is not a catalog</source>
        <translation>%1："%2" 不是参数库</translation>
    </message>
    <message>
        <source>%1: the entry is not an object with this id</source>
        <translation>%1：该条目不是具有此 id 的对象</translation>
    </message>
    <message>
        <source>%1: the entry is there twice</source>
        <translation>%1：该条目重复出现</translation>
    </message>
    <message>
        <source>scenario "%1"</source>
        <translation>方案 "%1"</translation>
    </message>
    <message>
        <source>%1: scenario names must be unique and not empty</source>
        <translation>%1：方案名称不能为空，且不能重复</translation>
    </message>
    <message>
        <source>%1: the scenario is not a JSON object</source>
        <translation>%1：方案不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: the scenario inside is named "%2"</source>
        <translation>%1：其中保存的方案名称为 "%2"</translation>
    </message>
    <message>
        <source>demand series "%1" of scenario "%2"</source>
        <translation>方案 "%2" 的需求序列 "%1"</translation>
    </message>
    <message>
        <source>%1: its periods are not valid</source>
        <translation>%1：期间无效</translation>
    </message>
    <message>
        <source>%1: expected a list of 1 to %2 values</source>
        <translation>%1：应为包含 1 至 %2 个数值的列表</translation>
    </message>
    <message>
        <source>%1: the values must be numbers of 0 or more</source>
        <translation>%1：各数值必须为不小于 0 的数</translation>
    </message>
    <message>
        <source>assumption_log: entry ids start at 1</source>
        <translation>assumption_log：条目 id 应从 1 开始</translation>
    </message>
    <message>
        <source>There is no step from project schema %1 to %2.</source>
        <translation>没有从项目格式版本 %1 升级到 %2 的步骤。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the file is read-only; save under another name</source>
        <translation>文件为只读；请另存为其他文件名</translation>
    </message>
    <message>
        <source>scenario names must be unique, not empty and at most %1 characters ("%2")</source>
        <translation>方案名称不能为空、不能重复，且最多 %1 个字符（"%2"）</translation>
    </message>
    <message>
        <source>scenario "%1": %2 is not a finite number</source>
        <translation>方案 "%1"：%2 不是有限数值</translation>
    </message>
    <message>
        <source>no free name for a temporary file</source>
        <translation>找不到可用的临时文件名</translation>
    </message>
    <message>
        <source>the new file could not be read back (%1)</source>
        <translation>无法回读新文件（%1）</translation>
    </message>
    <message>
        <source>the new file did not read back identically</source>
        <translation>新文件回读的内容与写入的内容不一致</translation>
    </message>
    <message>
        <source>%1 is being changed by another Suanpan process (%2, process %3); try again when it has finished.</source>
        <translation>%1 正在被另一个算盘进程修改（%2，进程 %3）；请在其完成后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be locked against other processes: its folder is not writable.</source>
        <translation>%1 无法对其他进程加锁：其所在文件夹不可写。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file (a device or a pipe).</source>
        <translation>无法打开 %1：它不是普通文件（是设备或管道）。</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a folder); save under another name</source>
        <translation>它不是普通文件（是设备、管道或文件夹）；请另存为其他文件名</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>n/a (%1)</source>
        <translation>无（%1）</translation>
    </message>
    <message>
        <source>%1 — feasibility study</source>
        <translation>%1 — 可行性研究报告</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Appendix: methodology</source>
        <translation>附录：计算方法</translation>
    </message>
    <message>
        <source>NPV discounts the yearly flows at the benchmark rate, the first project year by one period; IRR is the rate at which NPV is zero; payback is counted from construction start, interpolated within the year the cumulative flow turns positive (§9.4).</source>
        <translation>净现值按基准收益率对各年现金流量折现，项目第 1 年折现一期；内部收益率是使净现值为零的折现率；投资回收期自开工建设起算，在累计净现金流量由负转正的年份内按插值计算（§9.4）。</translation>
    </message>
    <message>
        <source>Risk: a Monte Carlo analysis draws the uncertain inputs (Sobol or Latin hypercube sampling with rank correlation) and the risk events, and reports distributions, headline probabilities and fan charts (§12).</source>
        <translation>风险：采用蒙特卡洛模拟，对不确定输入进行抽样（Sobol 序列或拉丁超立方抽样，并考虑秩相关），同时模拟风险事件的发生，给出结果分布、主要风险概率及分位数扇形图（§12）。</translation>
    </message>
    <message>
        <source>Traffic lights of the summary: utilization is green when the expected utilization is at least 10 points above the break-even, amber when above it, red otherwise; payback is green within half the horizon, amber within it; public cost is green with 5 CNY or more invested privately per public CNY, amber from 2 (§13.2).</source>
        <translation>摘要中的红黄绿灯评级：利用率方面，预期利用率高于盈亏平衡利用率 10 个百分点及以上为绿灯，高于盈亏平衡利用率但不足 10 个百分点为黄灯，否则为红灯；投资回收期不超过计算期一半为绿灯，不超过计算期为黄灯；财政支出方面，每元财政资金带动社会投资 5 元及以上为绿灯，2 元及以上为黄灯（§13.2）。</translation>
    </message>
    <message>
        <source>Distribution of the NPV after tax (trials per bin)</source>
        <translation>所得税后净现值分布（各区间试验次数）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>Utilization: P10, P50 and P90 of the trials</source>
        <translation>利用率：试验结果的 P10、P50 与 P90</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>风险分析</translation>
    </message>
    <message>
        <source>Headline risk</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Average utilization below %1</source>
        <translation>平均利用率低于 %1</translation>
    </message>
    <message>
        <source>NPV after tax below zero</source>
        <translation>所得税后净现值小于零</translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation>计算期内无法回收投资</translation>
    </message>
    <message>
        <source>No IRR</source>
        <translation>内部收益率不存在</translation>
    </message>
    <message>
        <source>Monte Carlo analysis of %1 trials (seed %2)</source>
        <translation>蒙特卡洛模拟：%1 次试验（随机种子 %2）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Outcome (money in %1)</source>
        <translation>结果指标（金额单位：%1）</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>Distributions of the outcomes</source>
        <translation>结果指标分布</translation>
    </message>
    <message>
        <source>Subsidies, public ledger and compliance</source>
        <translation>补贴、财政收支与补贴条件</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已获得</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>未获得</translation>
    </message>
    <message>
        <source>Capex subsidy</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Eligible base</source>
        <translation>补贴基数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>拨付项目年</translation>
    </message>
    <message>
        <source>Capex subsidies (%1)</source>
        <translation>投资补贴（%1）</translation>
    </message>
    <message>
        <source>Capex subsidies</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Compute vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Public cost</source>
        <translation>财政支出</translation>
    </message>
    <message>
        <source>Public cost, present value</source>
        <translation>财政支出现值</translation>
    </message>
    <message>
        <source>Private investment</source>
        <translation>社会投资</translation>
    </message>
    <message>
        <source>Private CNY per public CNY</source>
        <translation>每元财政资金带动的社会投资（元）</translation>
    </message>
    <message>
        <source>Taxes paid (income tax)</source>
        <translation>缴纳税款（所得税）</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>其中：%1 承担</translation>
    </message>
    <message>
        <source>Public ledger</source>
        <translation>财政收支</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <source>%1, estimate</source>
        <translation>%1，估算值</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every number the evaluation read</source>
        <translation>计算所用的全部数据</translation>
    </message>
    <message>
        <source>Comparison of the scenarios</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Assumption log</source>
        <translation>假设变更记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Every recorded change of an assumption</source>
        <translation>已记录的全部假设变更</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Project investment cash flow (项目投资现金流量表)</source>
        <translation>项目投资现金流量表</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>回收资产余值</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Operating cost</source>
        <translation>经营成本</translation>
    </message>
    <message>
        <source>VAT and surcharges</source>
        <translation>增值税及附加</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>所得税前净现金流量</translation>
    </message>
    <message>
        <source>Adjusted income tax</source>
        <translation>调整所得税</translation>
    </message>
    <message>
        <source>Net after tax</source>
        <translation>所得税后净现金流量</translation>
    </message>
    <message>
        <source>Cumulative after tax</source>
        <translation>累计所得税后净现金流量</translation>
    </message>
    <message>
        <source>Equity cash flow (项目资本金现金流量表)</source>
        <translation>项目资本金现金流量表</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>补贴收入</translation>
    </message>
    <message>
        <source>Equity invested</source>
        <translation>项目资本金</translation>
    </message>
    <message>
        <source>Principal repaid</source>
        <translation>偿还本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Net equity flow</source>
        <translation>资本金净现金流量</translation>
    </message>
    <message>
        <source>Profit and profit distribution (利润与利润分配表)</source>
        <translation>利润与利润分配表</translation>
    </message>
    <message>
        <source>Revenue net of VAT</source>
        <translation>营业收入（不含增值税）</translation>
    </message>
    <message>
        <source>Operating cost net of VAT</source>
        <translation>经营成本（不含增值税）</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>增值税附加</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>息税折旧摊销前利润</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>息税前利润</translation>
    </message>
    <message>
        <source>Interest net of subsidy</source>
        <translation>利息支出（扣除贴息）</translation>
    </message>
    <message>
        <source>Total profit</source>
        <translation>利润总额</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Financial-plan cash flow (财务计划现金流量表)</source>
        <translation>财务计划现金流量表</translation>
    </message>
    <message>
        <source>Operating activities</source>
        <translation>经营活动净现金流量</translation>
    </message>
    <message>
        <source>Investing activities</source>
        <translation>投资活动净现金流量</translation>
    </message>
    <message>
        <source>Financing activities</source>
        <translation>筹资活动净现金流量</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>净现金流量</translation>
    </message>
    <message>
        <source>Cumulative surplus</source>
        <translation>累计盈余资金</translation>
    </message>
    <message>
        <source>Financing activities: the equity that pays the investment not borrowed, the debt drawn, less interest and principal (the debt left at the horizon repaid in its last year).</source>
        <translation>筹资活动净现金流量：用于支付借款以外投资的项目资本金，加上借款提取，减去利息和本金偿还（计算期末尚未偿还的借款视为在最后一年偿还）。</translation>
    </message>
    <message>
        <source>Debt repayment schedule (借款还本付息计划表): the scenario borrows nothing.</source>
        <translation>借款还本付息计划表：本方案无借款。</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初借款余额</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>本年借款</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>还本</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末借款余额</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>偿债备付率</translation>
    </message>
    <message>
        <source>ICR</source>
        <translation>利息备付率</translation>
    </message>
    <message>
        <source>Debt repayment schedule (借款还本付息计划表) (%1)</source>
        <translation>借款还本付息计划表（%1）</translation>
    </message>
    <message>
        <source>Financial analysis</source>
        <translation>财务分析</translation>
    </message>
    <message>
        <source>Project IRR before income tax</source>
        <translation>项目投资财务内部收益率（所得税前）</translation>
    </message>
    <message>
        <source>Project IRR after income tax</source>
        <translation>项目投资财务内部收益率（所得税后）</translation>
    </message>
    <message>
        <source>Project NPV before income tax at %1</source>
        <translation>项目投资财务净现值（所得税前，折现率 %1）</translation>
    </message>
    <message>
        <source>Project NPV after income tax at %1</source>
        <translation>项目投资财务净现值（所得税后，折现率 %1）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>项目资本金财务内部收益率</translation>
    </message>
    <message>
        <source>Equity NPV</source>
        <translation>项目资本金财务净现值</translation>
    </message>
    <message>
        <source>Payback from construction start (years, after tax)</source>
        <translation>投资回收期（所得税后，自开工建设起算，年）</translation>
    </message>
    <message>
        <source>Discounted payback (years)</source>
        <translation>动态投资回收期（年）</translation>
    </message>
    <message>
        <source>Lowest debt service coverage ratio (DSCR)</source>
        <translation>最低偿债备付率（DSCR）</translation>
    </message>
    <message>
        <source>Lowest interest coverage ratio (ICR)</source>
        <translation>最低利息备付率（ICR）</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>总投资收益率（ROI）</translation>
    </message>
    <message>
        <source>Return on equity (ROE)</source>
        <translation>项目资本金净利润率（ROE）</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Break-even price (factor on every price)</source>
        <translation>盈亏平衡价格（各项价格的倍数）</translation>
    </message>
    <message>
        <source>NPV after tax without any policy support</source>
        <translation>无任何政策支持时的所得税后净现值</translation>
    </message>
    <message>
        <source>IRR after tax without any policy support</source>
        <translation>无任何政策支持时的所得税后内部收益率</translation>
    </message>
    <message>
        <source>Debt-to-asset ratio</source>
        <translation>资产负债率</translation>
    </message>
    <message>
        <source>not computed: Suanpan keeps no balance sheet</source>
        <translation>未计算：算盘不编制资产负债表</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Financial indicators</source>
        <translation>财务评价指标</translation>
    </message>
    <message>
        <source>Sensitivity analysis</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>IRR at %1%2</source>
        <translation>%1%2 时内部收益率</translation>
    </message>
    <message>
        <source>Sensitivity coefficient</source>
        <translation>敏感度系数</translation>
    </message>
    <message>
        <source>Switching value</source>
        <translation>临界点</translation>
    </message>
    <message>
        <source>Sensitivity coefficients (敏感度系数) and switching values (临界点) of the after-tax project IRR</source>
        <translation>所得税后项目投资财务内部收益率的敏感度系数与临界点</translation>
    </message>
    <message>
        <source>The coefficient is the relative change of the IRR per relative change of the factor between −10 % and +10 %; the switching value is the change of the factor at which the after-tax NPV at the benchmark rate (%1) reaches zero.</source>
        <translation>敏感度系数为因素在 −10% 至 +10% 之间变化时，内部收益率的相对变化率与该因素相对变化率之比；临界点为按基准收益率（%1）计算的所得税后净现值降至零时该因素的变化幅度。</translation>
    </message>
    <message>
        <source>Change of the NPV after tax with each factor at −10 % and +10 %</source>
        <translation>各因素变化 −10% 和 +10% 时所得税后净现值的变化</translation>
    </message>
    <message>
        <source>−10 %</source>
        <translation>−10%</translation>
    </message>
    <message>
        <source>+10 %</source>
        <translation>+10%</translation>
    </message>
    <message>
        <source>Suanpan simulates the center month by month over the horizon. Cards are installed as the chip mix says, in rack positions that the facility phases build; a card needs a rack position whose design power covers its server (methodology §2, §4, §7).</source>
        <translation>算盘在计算期内逐月模拟算力中心的运行。加速卡按芯片配置进行安装，安装在各期工程建成的机架位中；加速卡须安装在设计功率足以容纳其服务器的机架位中（方法说明 §2、§4、§7）。</translation>
    </message>
    <message>
        <source>Demand: each segment's market grows as its forecast says; the center captures its share after a linear ramp. Revenue contracts reserve capacity first at their own prices; the rest is sold at the market price of each chip, which falls as the chip ages and as new generations arrive (§7.13).</source>
        <translation>需求：各细分市场的市场规模按其预测增长；本中心经过线性爬坡期后获得其市场份额。收入合同按各自的价格优先预留算力；其余算力按各芯片的市场价格出售，该价格随芯片使用年限的增加以及新一代芯片的推出而下降（§7.13）。</translation>
    </message>
    <message>
        <source>Utilization is card-hours used over card-hours installed. Energy follows the IT load and the cooling technology's PUE curve with the region's monthly temperatures; carbon uses the grid's emission factor (location-based) and the green-power share (market-based) (§7.10, §7.11).</source>
        <translation>利用率为已用卡时与装机卡时之比。能耗随 IT 负载变化，并按制冷技术的 PUE 曲线和所在地区的逐月气温计算；碳排放按电网排放因子（基于位置）和绿电比例（基于市场）计算（§7.10、§7.11）。</translation>
    </message>
    <message>
        <source>Costs: the investment of each item when it is built or bought, refreshes at the end of each card's economic life, operating costs per item with escalation, VAT when prices include it (§4, §7.12, §9.1).</source>
        <translation>成本：各投资项在建设或购置时计入投资，每批加速卡在经济寿命结束时进行更新；经营成本按分项计算并考虑逐年上涨；价格含增值税时计算增值税（§4、§7.12、§9.1）。</translation>
    </message>
    <message>
        <source>Finance follows the NDRC method (建设项目经济评价方法与参数, 第三版): yearly cash flows at the end of each year, straight-line depreciation to the residual share, income tax with losses carried forward, the project view before and after the adjusted income tax, the equity view with the debt's drawdown, interest and repayment (§5, §9).</source>
        <translation>财务分析采用国家发展改革委《建设项目经济评价方法与参数》（第三版）的方法：各年现金流量均按年末发生计；按直线法计提折旧至残值；所得税计算考虑亏损结转弥补；项目投资现金流量分别按调整所得税前和调整所得税后计算；项目资本金现金流量计入借款的提取、付息和还本（§5、§9）。</translation>
    </message>
    <message>
        <source>Break-even utilization: the constant utilization at which the after-tax NPV is zero, found with TOMS 748. Sensitivity: each factor's inputs moved together by −20 % … +20 %; the coefficient and the switching value are those of the NDRC method (§10.1, §13.1).</source>
        <translation>盈亏平衡利用率：使所得税后净现值为零的恒定利用率，采用 TOMS 748 算法求解。敏感性分析：每个因素所涉及的各项输入同时变动 −20% … +20%；敏感度系数与临界点均按国家发展改革委方法的定义计算（§10.1、§13.1）。</translation>
    </message>
    <message>
        <source>Public support: capex subsidies when their conditions (scale, PUE, racking, domestic share) are met, electricity and interest subsidies, and compute vouchers whose budget, coverage and elasticity bring in demand; the public ledger sums what each payer spends (§8, §9.8).</source>
        <translation>政策支持：满足条件（规模、PUE、上架率、国产芯片占比）时给予投资补贴；另有电费补贴、贴息，以及算力券——其预算、抵扣比例和价格弹性决定所带来的需求；财政收支汇总各出资方的支出（§8、§9.8）。</translation>
    </message>
    <message>
        <source>Demand and utilization</source>
        <translation>需求与利用率</translation>
    </message>
    <message>
        <source>Utilization and racking rate</source>
        <translation>利用率与上架率</translation>
    </message>
    <message>
        <source>Utilization (card-hours)</source>
        <translation>利用率（卡时）</translation>
    </message>
    <message>
        <source>Compute utilization</source>
        <translation>算力利用率</translation>
    </message>
    <message>
        <source>Racking rate</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Captured demand and compute served</source>
        <translation>获取需求与实际服务算力</translation>
    </message>
    <message>
        <source>average P</source>
        <translation>年均 P</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Average demand (P)</source>
        <translation>平均需求（P）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营业收入（%1）</translation>
    </message>
    <message>
        <source>Vouchers (%1)</source>
        <translation>算力券（%1）</translation>
    </message>
    <message>
        <source>Demand segments over the horizon</source>
        <translation>计算期内各细分市场需求</translation>
    </message>
    <message>
        <source>Costs, energy and carbon</source>
        <translation>成本、能耗与碳排放</translation>
    </message>
    <message>
        <source>Total (refreshes included)</source>
        <translation>合计（含设备更新）</translation>
    </message>
    <message>
        <source>Investment item</source>
        <translation>投资项</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Investment over the horizon</source>
        <translation>计算期内投资</translation>
    </message>
    <message>
        <source>Operating cost by item</source>
        <translation>分项经营成本</translation>
    </message>
    <message>
        <source>IT (MWh)</source>
        <translation>IT 用电量（MWh）</translation>
    </message>
    <message>
        <source>Facility (MWh)</source>
        <translation>总用电量（MWh）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Solar (MWh)</source>
        <translation>光伏电量（MWh）</translation>
    </message>
    <message>
        <source>CO2 location (t)</source>
        <translation>CO2 基于位置（吨）</translation>
    </message>
    <message>
        <source>CO2 market (t)</source>
        <translation>CO2 基于市场（吨）</translation>
    </message>
    <message>
        <source>Water (m³)</source>
        <translation>用水量（m³）</translation>
    </message>
    <message>
        <source>Energy, carbon and water</source>
        <translation>能耗、碳排放与用水</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Utilization risk</source>
        <translation>利用率风险</translation>
    </message>
    <message>
        <source>average utilization %1; no utilization pays back the investment</source>
        <translation>平均利用率 %1；任何利用率下均无法收回投资</translation>
    </message>
    <message>
        <source>average utilization %1 against a break-even of %2</source>
        <translation>平均利用率 %1，盈亏平衡利用率 %2</translation>
    </message>
    <message>
        <source>; P(utilization &lt; %1) = %2</source>
        <translation>；P(利用率 &lt; %1) = %2</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>no payback within the %1-year horizon</source>
        <translation>%1 年计算期内无法收回投资</translation>
    </message>
    <message>
        <source>%1 years from construction start (horizon %2 years)</source>
        <translation>自开工建设起 %1 年（计算期 %2 年）</translation>
    </message>
    <message>
        <source>no public money</source>
        <translation>无财政资金投入</translation>
    </message>
    <message>
        <source>%1 of public money; %2 CNY invested privately per public CNY</source>
        <translation>财政资金 %1；每元财政资金带动社会投资 %2 元</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Suanpan %1</source>
        <translation>算盘 %1</translation>
    </message>
    <message>
        <source>Feasibility study of a computing center</source>
        <translation>算力中心可行性研究报告</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Figures are computed by Suanpan from the inputs listed in the assumptions section, each with its source; catalog figures are marked as such and the user's own figures as overrides.</source>
        <translation>报告中的数据由算盘根据“假设条件”一节所列的输入计算得出，每项输入均注明来源；取自参数库的数据标注为“参数库”，用户自行设定的数据标注为“自定义值”。</translation>
    </message>
    <message>
        <source>%1: executive summary</source>
        <translation>%1：报告摘要</translation>
    </message>
    <message>
        <source>Decision figure</source>
        <translation>决策指标</translation>
    </message>
    <message>
        <source>The decision figures</source>
        <translation>主要决策指标</translation>
    </message>
    <message>
        <source>The proposed center</source>
        <translation>拟建算力中心概况</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Deployed (month)</source>
        <translation>部署月份</translation>
    </message>
    <message>
        <source>Card price (k CNY)</source>
        <translation>单卡价格（千元）</translation>
    </message>
    <message>
        <source>Rent (CNY/card·h)</source>
        <translation>租赁价格（元/卡时）</translation>
    </message>
    <message>
        <source>Chip mix</source>
        <translation>芯片配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>机房方式</translation>
    </message>
    <message>
        <source>Design power per rack</source>
        <translation>单机架设计功率</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>制冷方式</translation>
    </message>
    <message>
        <source>Design PUE / average PUE</source>
        <translation>设计 PUE / 平均 PUE</translation>
    </message>
    <message>
        <source>Peak compute (FP16)</source>
        <translation>峰值算力（FP16）</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Racking rate at full deployment</source>
        <translation>全部部署后上架率</translation>
    </message>
    <message>
        <source>Green power share</source>
        <translation>绿电比例</translation>
    </message>
    <message>
        <source>On-site solar</source>
        <translation>厂区光伏</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <translation>%1 kWp</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <source>%1 rack positions, construction from month %2 for %3 months</source>
        <translation>%1 个机架位，第 %2 月开工，工期 %3 个月</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Site, racks, cooling and power</source>
        <translation>站址、机架、制冷与电源</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message numerus="yes">
        <source>The scenario names no uncertain inputs, so this analysis draws the shipped uncertainty presets (methodology §12): %n trial(s).</source>
        <translation>
            <numerusform>本方案未指定不确定输入，因此本分析采用内置的不确定性预设（方法说明 §12）：共 %n 次试验。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (none in %2 of the trials)</source>
        <translation>%1（%2 的试验中不存在）</translation>
    </message>
    <message>
        <source>Capex subsidies paid back under clawbacks (deducted)</source>
        <translation>按追回条款退还的建设补贴（已扣除）</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <source>Subsidy or rule</source>
        <translation>补贴或规定</translation>
    </message>
    <message>
        <source>Conditions of the subsidies, and the national and hub rules where the center stands (sources: methodology §8.3)</source>
        <translation>补贴条件，以及所在地的国家和枢纽规定（来源：方法说明 §8.3）</translation>
    </message>
    <message>
        <source>(whole scenario)</source>
        <translation>（整个方案）</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Project year</source>
        <translation>项目年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器数</translation>
    </message>
    <message>
        <source>Installed FP16 compute</source>
        <translation>FP16 装机算力</translation>
    </message>
    <message>
        <source>Rack positions built</source>
        <translation>已建机架位</translation>
    </message>
    <message>
        <source>Racks filled</source>
        <translation>已上架机架</translation>
    </message>
    <message>
        <source>Racking rate</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Demand (effective)</source>
        <translation>需求（有效算力）</translation>
    </message>
    <message>
        <source>Served (effective)</source>
        <translation>已满足需求（有效算力）</translation>
    </message>
    <message>
        <source>Card-hours installed</source>
        <translation>装机卡时</translation>
    </message>
    <message>
        <source>Card-hours used</source>
        <translation>已用卡时</translation>
    </message>
    <message>
        <source>Utilization (card-hours)</source>
        <translation>利用率（卡时）</translation>
    </message>
    <message>
        <source>Utilization (FP16 compute)</source>
        <translation>利用率（FP16 算力）</translation>
    </message>
    <message>
        <source>Used FP16 P·h</source>
        <translation>已用 FP16 P·h</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT 用电量</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>总用电量</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Solar energy used</source>
        <translation>光伏自用电量</translation>
    </message>
    <message>
        <source>Grid energy</source>
        <translation>电网购电量</translation>
    </message>
    <message>
        <source>CO2 (location-based)</source>
        <translation>CO2 排放（基于位置）</translation>
    </message>
    <message>
        <source>CO2 (market-based)</source>
        <translation>CO2 排放（基于市场）</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>用水量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Vouchers paid (public)</source>
        <translation>算力券兑付（财政）</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本性支出</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Capex subsidy</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>息税折旧摊销前利润</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>息税前利润</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Income tax on EBIT (project view)</source>
        <translation>调整所得税（按息税前利润计）</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Debt drawn</source>
        <translation>借款提取</translation>
    </message>
    <message>
        <source>Principal repaid</source>
        <translation>偿还本金</translation>
    </message>
    <message>
        <source>Debt at year end</source>
        <translation>年末借款余额</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <source>Project cash flow before tax</source>
        <translation>项目净现金流量（所得税前）</translation>
    </message>
    <message>
        <source>Project cash flow after tax</source>
        <translation>项目净现金流量（所得税后）</translation>
    </message>
    <message>
        <source>Cumulative project cash flow</source>
        <translation>累计项目净现金流量</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>资本金净现金流量</translation>
    </message>
    <message>
        <source>Debt-service coverage</source>
        <translation>偿债备付率</translation>
    </message>
    <message>
        <source>Interest coverage</source>
        <translation>利息备付率</translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation>资本性支出：%1</translation>
    </message>
    <message>
        <source>Opex: %1</source>
        <translation>运营成本：%1</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation>应纳增值税</translation>
    </message>
    <message>
        <source>VAT surcharges</source>
        <translation>增值税附加</translation>
    </message>
    <message>
        <source>VAT credit carried forward</source>
        <translation>留抵进项税额</translation>
    </message>
    <message>
        <source>Card-hours reserved, idle</source>
        <translation>预留未用卡时</translation>
    </message>
    <message>
        <source>Take-or-pay revenue for idle reservations</source>
        <translation>预留未用部分的照付不议收入</translation>
    </message>
    <message>
        <source>Reserved by contracts (effective)</source>
        <translation>合同预留（有效算力）</translation>
    </message>
    <message>
        <source>Revenue under contracts</source>
        <translation>合同收入</translation>
    </message>
    <message>
        <source>Capex subsidy paid back (clawback)</source>
        <translation>退还的建设补贴（追回）</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>defines the evaluation itself; compare variants as scenarios</source>
        <translation>决定计算本身的设定；如需比较不同取值，请分别建立方案</translation>
    </message>
    <message>
        <source>belongs to the uncertainty section itself</source>
        <translation>属于不确定性设置（uncertainty 部分）本身</translation>
    </message>
    <message>
        <source>decides how many servers fit in a rack, which is checked per scenario; compare variants as scenarios</source>
        <translation>决定每个机架可容纳的服务器数量，这只能逐个方案校验；如需比较不同取值，请分别建立方案</translation>
    </message>
    <message>
        <source>is one of the two cooling temperatures that must stay in order; compare variants as scenarios</source>
        <translation>是两个制冷温度阈值之一，二者的大小顺序必须保持不变；如需比较不同取值，请分别建立方案</translation>
    </message>
    <message>
        <source>NPV after tax</source>
        <translation>所得税后净现值</translation>
    </message>
    <message>
        <source>NPV before tax</source>
        <translation>所得税前净现值</translation>
    </message>
    <message>
        <source>Equity NPV</source>
        <translation>资本金净现值</translation>
    </message>
    <message>
        <source>Project IRR after tax</source>
        <translation>项目内部收益率（所得税后）</translation>
    </message>
    <message>
        <source>Project IRR before tax</source>
        <translation>项目内部收益率（所得税前）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>资本金内部收益率</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>平均利用率</translation>
    </message>
    <message>
        <source>Racking rate</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Public cost</source>
        <translation>财政支出</translation>
    </message>
    <message>
        <source>Construction delay of %1 months</source>
        <translation>工期延误 %1 个月</translation>
    </message>
    <message>
        <source>imported chips</source>
        <translation>进口芯片</translation>
    </message>
    <message>
        <source>Supply cut: %1% of %2 delivered %3 months late</source>
        <translation>供货中断：%2 中有 %1% 延迟 %3 个月交付</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Headline risks</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>P(average utilization &lt; %1)</source>
        <translation>P(平均利用率 &lt; %1)</translation>
    </message>
    <message>
        <source>P(NPV after tax &lt; 0)</source>
        <translation>P(所得税后净现值 &lt; 0)</translation>
    </message>
    <message>
        <source>P(payback later than the horizon)</source>
        <translation>P(投资回收期超出计算期)</translation>
    </message>
    <message>
        <source>P(no project IRR after tax)</source>
        <translation>P(所得税后项目内部收益率不存在)</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>结果分布</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>no payback within the horizon in any trial</source>
        <translation>所有试验均未能在计算期内回收投资</translation>
    </message>
    <message>
        <source>none in any trial</source>
        <translation>所有试验均不存在</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no payback within the horizon in %1 of the trials; quantiles over the others)</source>
        <translation>（%1 的试验未能在计算期内回收投资；分位数按其余试验计算）</translation>
    </message>
    <message>
        <source>(no IRR in %1 of the trials; quantiles over the others)</source>
        <translation>（%1 的试验不存在内部收益率；分位数按其余试验计算）</translation>
    </message>
    <message>
        <source>Cumulative project cash flow by year (%1)</source>
        <translation>逐年累计项目净现金流量（%1）</translation>
    </message>
    <message>
        <source>Utilization by year</source>
        <translation>逐年利用率</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Tornado: %1 with one input at its P10 and P90, the others as planned (%2 as planned)</source>
        <translation>龙卷风图：单个输入分别取其 P10 和 P90、其余输入按基准方案取值时的%1（基准方案：%2）</translation>
    </message>
    <message>
        <source>happens</source>
        <translation>发生</translation>
    </message>
    <message>
        <source>Importance: rank correlation of each input with %1 over the trials</source>
        <translation>重要性排序：全部试验中各输入与%1的秩相关系数</translation>
    </message>
    <message>
        <source>Uncertain inputs (P10 … P90 of each draw)</source>
        <translation>不确定输入（各输入抽样值的 P10 … P90）</translation>
    </message>
    <message>
        <source>p = %1, happened in %2 of the trials</source>
        <translation>p = %1，在 %2 的试验中发生</translation>
    </message>
    <message>
        <source>Risk analysis: %1</source>
        <translation>风险分析：%1</translation>
    </message>
    <message>
        <source>%1 trials, %2 sampling, seed %3, %4 threads</source>
        <translation>%1 次试验，%2抽样，随机种子 %3，%4 个线程</translation>
    </message>
    <message>
        <source>Sobol</source>
        <translation>Sobol 序列</translation>
    </message>
    <message>
        <source>Latin hypercube</source>
        <translation>拉丁超立方</translation>
    </message>
    <message>
        <source>Cancelled before the end: no results.</source>
        <translation>运行未完成即被取消：无结果。</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>收敛情况</translation>
    </message>
    <message>
        <source>Mean NPV %1 ± %2 (standard error); the P90 moved %3 of a standard deviation between the first half of the trials and all of them: %4.</source>
        <translation>净现值均值 %1 ± %2（标准误差）；与前一半试验相比，全部试验的 P90 变动了标准差的 %3：%4。</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>not yet stable, run more trials</source>
        <translation>尚未收敛，请增加试验次数</translation>
    </message>
    <message>
        <source>the P50 of %1</source>
        <translation>%1的 P50</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>计算期内无法回收</translation>
    </message>
    <message>
        <source>no IRR</source>
        <translation>无内部收益率</translation>
    </message>
    <message>
        <source>Goal seek: %1 = %2 by varying %3 in %4 … %5</source>
        <translation>单变量求解：在 %4 … %5 范围内调整 %3，使%1 = %2</translation>
    </message>
    <message>
        <source>(each value: %1 trials, seed %2, the same draws every time)</source>
        <translation>（每个取值：%1 次试验，随机种子 %2，每次使用相同的抽样）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Answer: %1 = %2 gives %3 = %4.</source>
        <translation>结果：%1 = %2 时，%3 = %4。</translation>
    </message>
    <message>
        <source>As the scenario stands (%1 = %2): %3.</source>
        <translation>按方案当前取值（%1 = %2）：%3。</translation>
    </message>
    <message>
        <source>No value in the range reaches the goal: %1 stays above the target at both ends.</source>
        <translation>区间内没有能达到目标的取值：%1在区间两端均高于目标值。</translation>
    </message>
    <message>
        <source>No value in the range reaches the goal: %1 stays below the target at both ends.</source>
        <translation>区间内没有能达到目标的取值：%1在区间两端均低于目标值。</translation>
    </message>
    <message>
        <source>At the ends of the range: %1 at %2, %3 at %4 (%5 evaluations).</source>
        <translation>区间两端：取 %2 时为 %1，取 %4 时为 %3（共计算 %5 次）。</translation>
    </message>
    <message numerus="yes">
        <source>But with this value the scenario has %n problem(s):</source>
        <translation>
            <numerusform>但取该值时，情景存在 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every revenue contract lost before it starts</source>
        <translation>全部收入合同在开始前流失</translation>
    </message>
    <message>
        <source>Contract %1 lost before it starts</source>
        <translation>合同 %1 在开始前流失</translation>
    </message>
    <message>
        <source>A rival of %1 P opens in %2</source>
        <translation>%2 年投运一个 %1 P 的竞争中心</translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>%1: outcomes of the trials</source>
        <translation>%1：试验结果分布</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>Tornado: %1 with one input at its P10 or P90</source>
        <translation>龙卷风图：单个输入取其 P10 或 P90 时的%1</translation>
    </message>
    <message>
        <source>Input at P10</source>
        <translation>输入取 P10</translation>
    </message>
    <message>
        <source>Input at P90</source>
        <translation>输入取 P90</translation>
    </message>
    <message>
        <source>Change from the plan (%1)</source>
        <translation>相对基准方案的变化（%1）</translation>
    </message>
    <message>
        <source>CDF (%)</source>
        <translation>累计分布 (%)</translation>
    </message>
    <message>
        <source>CDF</source>
        <translation>累计分布</translation>
    </message>
    <message>
        <source>Spider: %1 as each input moves from its P10 to its P90</source>
        <translation>蛛网图：各输入从 P10 变到 P90 时的%1</translation>
    </message>
    <message>
        <source>Percentile of the input</source>
        <translation>输入的百分位</translation>
    </message>
    <message>
        <source>Importance: rank correlation of each input with %1</source>
        <translation>重要性：各输入与%1的秩相关系数</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>秩相关系数</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>scenario input</source>
        <translation>方案输入</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>参数库</translation>
    </message>
    <message>
        <source>override</source>
        <translation>自定义值</translation>
    </message>
    <message>
        <source>Risk analysis of %1</source>
        <translation>风险分析：%1</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>正在计算 %1</translation>
    </message>
    <message>
        <source>the project has no scenario</source>
        <translation>项目中没有方案</translation>
    </message>
    <message>
        <source>the project has no scenario named "%1"</source>
        <translation>项目中没有名为 "%1" 的方案</translation>
    </message>
    <message>
        <source>Construction investment</source>
        <translation>建设投资</translation>
    </message>
    <message>
        <source>Price of compute</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <source>Demand captured</source>
        <translation>获取需求</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Operating cost besides electricity</source>
        <translation>电费以外的经营成本</translation>
    </message>
    <message>
        <source>no IRR at the base or at ±10 %</source>
        <translation>基准方案或变化 ±10% 时内部收益率不存在</translation>
    </message>
    <message>
        <source>the base IRR is zero</source>
        <translation>基准内部收益率为零</translation>
    </message>
    <message>
        <source>NPV keeps its sign from −100 % to +200 %</source>
        <translation>因素在 −100% 至 +200% 之间变化时，净现值始终不变号</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Initial capex</source>
        <translation>初始投资</translation>
    </message>
    <message>
        <source>Capex over the horizon (with refresh)</source>
        <translation>计算期总投资（含设备更新）</translation>
    </message>
    <message>
        <source>Annual opex (average of operating years)</source>
        <translation>年运营成本（运营期平均）</translation>
    </message>
    <message>
        <source>Annual revenue (average of operating years)</source>
        <translation>年收入（运营期平均）</translation>
    </message>
    <message>
        <source>NPV after tax at %1</source>
        <translation>所得税后净现值（折现率 %1）</translation>
    </message>
    <message>
        <source>NPV before tax</source>
        <translation>所得税前净现值</translation>
    </message>
    <message>
        <source>Project IRR after tax</source>
        <translation>项目投资财务内部收益率（所得税后）</translation>
    </message>
    <message>
        <source>Project IRR before tax</source>
        <translation>项目投资财务内部收益率（所得税前）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>资本金内部收益率</translation>
    </message>
    <message>
        <source>Payback from start of construction</source>
        <translation>静态投资回收期（自开工起）</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <source>Installed compute (FP16, peak)</source>
        <translation>装机算力（FP16，峰值）</translation>
    </message>
    <message>
        <source>%1 P</source>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>Average utilization (card-hours)</source>
        <translation>平均利用率（卡时）</translation>
    </message>
    <message>
        <source>Average utilization (FP16 compute)</source>
        <translation>平均利用率（FP16 算力）</translation>
    </message>
    <message>
        <source>Racking rate at full deployment</source>
        <translation>全部部署后上架率</translation>
    </message>
    <message>
        <source>PUE: design / first full year / average</source>
        <translation>PUE：设计值 / 首个完整年度 / 平均值</translation>
    </message>
    <message>
        <source>Energy per year</source>
        <translation>年用电量</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>CO2 per year (location-based)</source>
        <translation>年 CO2 排放（基于位置）</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>Water per year</source>
        <translation>年用水量</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 m³</translation>
    </message>
    <message>
        <source>Levelized cost per used PFLOPS-hour (FP16)</source>
        <translation>平准化算力成本（每已用 FP16 PFLOPS·小时）</translation>
    </message>
    <message>
        <source>Levelized cost per used card-hour</source>
        <translation>平准化算力成本（每已用卡时）</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Break-even price (× assumed prices)</source>
        <translation>盈亏平衡价格（假设价格的倍数）</translation>
    </message>
    <message>
        <source>Minimum debt-service coverage</source>
        <translation>最低偿债备付率</translation>
    </message>
    <message>
        <source>NPV without any subsidy or voucher</source>
        <translation>无任何补贴及算力券时的净现值</translation>
    </message>
    <message>
        <source>Public ledger</source>
        <translation>财政收支</translation>
    </message>
    <message>
        <source>Capex subsidies paid</source>
        <translation>已拨付投资补贴</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>其中：%1 承担</translation>
    </message>
    <message>
        <source>Electricity subsidies paid</source>
        <translation>已拨付电费补贴</translation>
    </message>
    <message>
        <source>Interest subsidies paid</source>
        <translation>已拨付贴息</translation>
    </message>
    <message>
        <source>Compute vouchers paid</source>
        <translation>已兑付算力券</translation>
    </message>
    <message>
        <source>Public cost in total</source>
        <translation>财政支出合计</translation>
    </message>
    <message>
        <source>Public cost per used PFLOPS-hour</source>
        <translation>每已用 PFLOPS·小时的财政支出</translation>
    </message>
    <message>
        <source>Private investment per public CNY</source>
        <translation>每元财政资金带动的社会投资</translation>
    </message>
    <message>
        <source>GDP effect (multiplier, a promotional estimate)</source>
        <translation>GDP 拉动效应（乘数法，宣传口径估算）</translation>
    </message>
    <message>
        <source>Subsidy conditions</source>
        <translation>补贴条件</translation>
    </message>
    <message>
        <source>(unnamed subsidy)</source>
        <translation>（未命名补贴）</translation>
    </message>
    <message>
        <source>granted, %1 in project year %2</source>
        <translation>已获得，项目第 %2 年拨付 %1</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>未获得</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>P FP16</source>
        <translation>P FP16</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>上架率</translation>
    </message>
    <message>
        <source>Util.</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Per year (money in %1; cash flow = project, after tax)</source>
        <translation>逐年数据（金额单位：%1；现金流为所得税后项目净现金流量）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 cards · %4 kW racks · %5 years from %6</source>
        <translation>%1 · %2 · %3 张卡 · 单机架 %4 kW · 自 %6 年起计算 %5 年</translation>
    </message>
    <message>
        <source>Income tax paid (returns to the public purse)</source>
        <translation>项目缴纳所得税（回流财政）</translation>
    </message>
    <message>
        <source>VAT and surcharges paid</source>
        <translation>已缴增值税及附加</translation>
    </message>
    <message>
        <source>Input VAT never credited</source>
        <translation>至期末未抵扣的进项税额</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>; %1 paid back in project year %2</source>
        <translation>；第 %2 年退还 %1</translation>
    </message>
    <message>
        <source>Rules where the center stands</source>
        <translation>所在地的规定</translation>
    </message>
    <message>
        <source> (national target, not binding)</source>
        <translation>（全国目标，不约束单个中心）</translation>
    </message>
    <message>
        <source>paid back under clawbacks (deducted above)</source>
        <translation>按追回条款退还（已从上行扣除）</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>share/yr</source>
        <translation>比例/年</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>CNY/kWh</source>
        <translation>元/kWh</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>kW/rack</source>
        <translation>kW/机架</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>机架</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>CNY/kW</source>
        <translation>元/kW</translation>
    </message>
    <message>
        <source>m²/rack</source>
        <translation>m²/机架</translation>
    </message>
    <message>
        <source>CNY/server</source>
        <translation>元/台服务器</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>CNY/PB</source>
        <translation>元/PB</translation>
    </message>
    <message>
        <source>CNY/kWp</source>
        <translation>元/kWp</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>人（全职当量）</translation>
    </message>
    <message>
        <source>CNY/FTE·yr</source>
        <translation>元/人·年</translation>
    </message>
    <message>
        <source>CNY/yr</source>
        <translation>元/年</translation>
    </message>
    <message>
        <source>CNY/card·yr</source>
        <translation>元/卡·年</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>家企业</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>project year</source>
        <translation>项目年</translation>
    </message>
    <message>
        <source>CNY/USD</source>
        <translation>元/美元</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation>TOPS</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>CNY/card·h</source>
        <translation>元/卡时</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>CNY/kW·month</source>
        <translation>元/kW·月</translation>
    </message>
    <message>
        <source>CNY/kVA·month</source>
        <translation>元/kVA·月</translation>
    </message>
    <message>
        <source>kgCO2/kWh</source>
        <translation>kgCO2/kWh</translation>
    </message>
    <message>
        <source>CNY/m²</source>
        <translation>元/m²</translation>
    </message>
    <message>
        <source>kWh/kWp·yr</source>
        <translation>kWh/kWp·年</translation>
    </message>
    <message>
        <source>h/day</source>
        <translation>小时/天</translation>
    </message>
    <message>
        <source>CNY/P·yr</source>
        <translation>元/P·年</translation>
    </message>
    <message>
        <source>CNY/rack·month</source>
        <translation>元/机柜·月</translation>
    </message>
    <message>
        <source>index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>CNY/rack</source>
        <translation>元/机柜</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>CNY/P·h</source>
        <translation>元/P·时</translation>
    </message>
    <message>
        <source>CNY/P·h·ms</source>
        <translation>元/P·时·毫秒</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数值</translation>
    </message>
    <message>
        <source>expected a list of %1 numbers</source>
        <translation>应为包含 %1 个数值的列表</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数值</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2</source>
        <translation>%1 超出允许范围 %2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>cannot be overridden (not a field of this catalog entry)</source>
        <translation>不可覆盖（该参数库条目无此字段）</translation>
    </message>
    <message>
        <source>the full-mechanical temperature (%1 °C) must be above the free-cooling temperature (%2 °C)</source>
        <translation>完全机械制冷温度（%1 °C）必须高于自然冷却温度（%2 °C）</translation>
    </message>
    <message>
        <source>%1 … %2 %3</source>
        <translation>%1 … %2 %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" 不是以下值之一：%2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>数值列表</translation>
    </message>
    <message>
        <source>required list is missing</source>
        <translation>缺少必填列表</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>至少需要一项</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>未知字段（允许的字段：%1）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>"%1" is not in the %2 catalog (known: %3)</source>
        <translation>"%1" 不在 %2 参数库中（已有：%3）</translation>
    </message>
    <message>
        <source>rack density %1 kW exceeds the %2 kW that %3 supports</source>
        <translation>机架功率密度 %1 kW 超过 %3 所支持的 %2 kW</translation>
    </message>
    <message>
        <source>month %1 is after the %2-month horizon</source>
        <translation>月份 %1 超出 %2 个月的计算期</translation>
    </message>
    <message>
        <source>one %1 server draws %2 kW, more than the %3 kW rack density (racks.designKwPerRack)</source>
        <translation>单台 %1 服务器功耗为 %2 kW，超过 %3 kW 的机架功率密度（racks.designKwPerRack）</translation>
    </message>
    <message>
        <source>by month %1 the deployed servers need %2 racks but only %3 rack positions are ready</source>
        <translation>截至月份 %1，已部署服务器需要 %2 个机架，但仅有 %3 个机架位建成可用</translation>
    </message>
    <message>
        <source>a segment needs an id</source>
        <translation>细分市场必须有 id</translation>
    </message>
    <message>
        <source>the id "%1" is used by another segment</source>
        <translation>id "%1" 已被其他细分市场使用</translation>
    </message>
    <message>
        <source>"%1" is not a chip of the chip mix</source>
        <translation>"%1" 不在芯片配置中</translation>
    </message>
    <message>
        <source>no chip in the mix can serve this segment (%1 at %2 or higher precision)</source>
        <translation>芯片配置中没有芯片能承担该细分市场（%1，精度 %2 或更高）</translation>
    </message>
    <message>
        <source>has %1 values; a series needs one per year (%2) or one per month (%3)</source>
        <translation>共有 %1 个数值；序列须逐年给出（%2 个）或逐月给出（%3 个）</translation>
    </message>
    <message>
        <source>the saturation level %1 P is below the starting demand %2 P</source>
        <translation>饱和水平 %1 P 低于起始需求 %2 P</translation>
    </message>
    <message>
        <source>"%1" is not a demand segment</source>
        <translation>"%1" 不是需求细分市场</translation>
    </message>
    <message>
        <source>a PUE of %1 is below 1, which no center can reach; use 0 for no PUE condition</source>
        <translation>PUE 值 %1 低于 1，任何数据中心都无法达到；如无 PUE 要求请填 0</translation>
    </message>
    <message>
        <source>the payers' weights must add up to more than 0</source>
        <translation>各出资方权重之和必须大于 0</translation>
    </message>
    <message>
        <source>year %1 is after the %2-year horizon</source>
        <translation>第 %1 年超出 %2 年的计算期</translation>
    </message>
    <message>
        <source>a loan of %1 years cannot be repaid within the %2-year horizon</source>
        <translation>%1 年期借款无法在 %2 年计算期内还清</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>方案必须有名称</translation>
    </message>
    <message>
        <source>the scenario was written in format %1, newer than format %2, the newest this version of Suanpan reads; update Suanpan to open it</source>
        <translation>该方案文件格式为 %1，新于本版本算盘可读取的最高格式 %2；请升级算盘后再打开</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative (%1)</source>
        <translation>标准差不能为负（%1）</translation>
    </message>
    <message>
        <source>a lognormal distribution needs a mean above 0 (%1)</source>
        <translation>对数正态分布的均值必须大于 0（%1）</translation>
    </message>
    <message>
        <source>min %1 is above max %2</source>
        <translation>最小值 %1 大于最大值 %2</translation>
    </message>
    <message>
        <source>the mode %1 is outside min … max (%2 … %3)</source>
        <translation>最可能值（mode）%1 超出 min … max 范围（%2 … %3）</translation>
    </message>
    <message>
        <source>a factor cannot be negative (%1)</source>
        <translation>系数不能为负（%1）</translation>
    </message>
    <message>
        <source>%1 is outside the field's allowed range %2</source>
        <translation>%1 超出该字段的允许范围 %2</translation>
    </message>
    <message>
        <source>gives a factor below 0 almost always; a factor multiplies the scenario's value and must be positive</source>
        <translation>抽取的系数几乎总是小于 0；系数与方案取值相乘，必须为正</translation>
    </message>
    <message>
        <source>has almost no probability inside the field's allowed range %1</source>
        <translation>落在该字段允许范围 %1 内的概率几乎为零</translation>
    </message>
    <message>
        <source>"%1" is not a numeric field of this scenario (examples: %2)</source>
        <translation>"%1" 不是本方案的数值字段（示例：%2）</translation>
    </message>
    <message>
        <source>%1 cannot be uncertain: it %2</source>
        <translation>%1 不能设为不确定输入：它%2</translation>
    </message>
    <message>
        <source>%1 is already uncertain through uncertainty.inputs[%2]</source>
        <translation>%1 已通过 uncertainty.inputs[%2] 设为不确定输入</translation>
    </message>
    <message>
        <source>the chip mix has no imported chip; name the chip this supply cut affects</source>
        <translation>芯片配置中没有进口芯片；请指定此次供货中断影响的芯片</translation>
    </message>
    <message>
        <source>"%1" is not the path of an uncertain input (uncertainty.inputs[].path)</source>
        <translation>"%1" 不是任何不确定输入的路径（uncertainty.inputs[].path）</translation>
    </message>
    <message>
        <source>a correlation needs two different inputs</source>
        <translation>相关关系须涉及两个不同的输入</translation>
    </message>
    <message>
        <source>these two inputs are already correlated by uncertainty.correlations[%1]</source>
        <translation>这两个输入已在 uncertainty.correlations[%1] 中设定了相关关系</translation>
    </message>
    <message>
        <source>these correlations cannot all hold at once (the correlation matrix is not positive definite; the conflict shows at %1): weaken the strongest of them, and move fields that always move together with one input and [*] instead of a correlation of ±1</source>
        <translation>这些相关关系无法同时成立（相关系数矩阵不是正定矩阵；冲突出现在 %1）：请减弱其中最强的相关关系；对于总是同步变动的字段，请用一个带 [*] 的不确定输入统一变动，而不要设置 ±1 的相关系数</translation>
    </message>
    <message>
        <source>%1 uncertain inputs and events; at most %2 are allowed</source>
        <translation>共有 %1 个不确定输入和风险事件；最多允许 %2 个</translation>
    </message>
    <message>
        <source>%1 peak and %2 valley hours exceed the 24 hours of a day</source>
        <translation>峰段 %1 小时与谷段 %2 小时之和超过一天 24 小时</translation>
    </message>
    <message>
        <source>expected a whole number from 1 (this version of Suanpan writes %1), found %2</source>
        <translation>应为不小于 1 的整数（本版算盘写入的格式为 %1），实际为 %2</translation>
    </message>
    <message>
        <source>the rates of %1 add up to %2 of %3, more than all of it</source>
        <translation>%1 的补贴比例合计达 %3 的 %2，超过其全部金额</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 fit</source>
        <translation>%1 个字符；最多可容纳 %2 个</translation>
    </message>
    <message>
        <source>holds a control character (such as a line break) or broken text</source>
        <translation>含有控制字符（如换行）或损坏的文本</translation>
    </message>
    <message>
        <source>the contracts of segment "%1" reserve %2 P in month %3, more than the %4 P its chips in service can deliver</source>
        <translation>细分市场“%1”的合同在第 %3 月预留 %2 P，超过其在役芯片可提供的 %4 P</translation>
    </message>
    <message>
        <source>"%1" is not a demand segment (known: %2)</source>
        <translation>“%1”不是需求细分市场（已有：%2）</translation>
    </message>
    <message>
        <source>a %1-year term from month %2 ends in month %3, past the horizon's %4 months; at most %5 years fit</source>
        <translation>自第 %2 月起 %1 年的期限在第 %3 月结束，超出评价期的 %4 个月；最多可容纳 %5 年</translation>
    </message>
    <message>
        <source>applies only to a center housed in a third-party IDC (facility.housing = "colocation"); this one builds</source>
        <translation>仅适用于托管在第三方 IDC 的中心（facility.housing = "colocation"）；本方案为自建</translation>
    </message>
    <message>
        <source>a center housed in a third-party IDC pays the host for energy only; capacity and demand charges are the host's (use "energyOnly")</source>
        <translation>托管在第三方 IDC 的中心只向托管方支付电量电费；容量和需量电费由托管方承担（请使用 "energyOnly"）</translation>
    </message>
    <message>
        <source>a center housed in a third-party IDC has no site for solar of its own</source>
        <translation>托管在第三方 IDC 的中心没有自建光伏的场地</translation>
    </message>
    <message>
        <source>one %1 server draws %2 kW, more than the %3 kW a rack is designed for: the refresh would not fit the racks</source>
        <translation>一台 %1 服务器功率 %2 kW，超过机柜设计功率 %3 kW：更新后放不进机柜</translation>
    </message>
    <message>
        <source>the scenario has no revenue contract to lose</source>
        <translation>该情景没有可流失的收入合同</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range 0 … %2 (the scenario's contracts, counted from 0)</source>
        <translation>%1 超出允许范围 0 … %2（该情景的合同，从 0 计数）</translation>
    </message>
    <message>
        <source>a network forecast needs a network (network.node: where the center stands)</source>
        <translation>按网络分配的需求预测需要算力网络（network.node：中心所在节点）</translation>
    </message>
    <message>
        <source>network "%1" is shipped twice</source>
        <translation>网络“%1”重复提供</translation>
    </message>
    <message>
        <source>a rival can only open in a network (network.node)</source>
        <translation>竞争者只能在算力网络中投运（network.node）</translation>
    </message>
    <message>
        <source>"%1" is not a node of the network</source>
        <translation>“%1”不是网络中的节点</translation>
    </message>
    <message>
        <source>%1 is outside the horizon %2 … %3</source>
        <translation>%1 超出评价期 %2 … %3</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>%1: no center can serve its %2 demand within the %3 ms limit (nearest: %4)</source>
        <translation>%1：没有中心能在 %3 毫秒时延上限内满足其%2需求（最近：%4）</translation>
    </message>
    <message>
        <source>none reachable</source>
        <translation>无可达中心</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>"%1" is not a shipped network (known: %2)</source>
        <translation>“%1”不是随软件提供的网络（已有：%2）</translation>
    </message>
    <message>
        <source>"%1" is not in the regions catalog</source>
        <translation>“%1”不在地区目录中</translation>
    </message>
    <message>
        <source>a link joins "%1" to itself</source>
        <translation>链路将“%1”连接到其自身</translation>
    </message>
    <message>
        <source>a round trip cannot be negative</source>
        <translation>往返时延不能为负</translation>
    </message>
    <message>
        <source>year %1 is not a project year: use 1 … %2 (the horizon)</source>
        <translation>第 %1 年不是项目年份：请使用 1 … %2（计算期）</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>not a policy library (expected "policies")</source>
        <translation>不是政策库文件（应为 "policies"）</translation>
    </message>
    <message>
        <source>"%1" is used by an earlier entry</source>
        <translation>“%1”已被前面的条目使用</translation>
    </message>
    <message>
        <source>"%1" is not a %2 of the policy library</source>
        <translation>“%1”不是政策库中的%2</translation>
    </message>
    <message>
        <source>not a rules file (expected "rules")</source>
        <translation>不是规定文件（应为 "rules"）</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Initial capex</source>
        <translation>初始投资</translation>
    </message>
    <message>
        <source>Capex over the horizon (refresh included)</source>
        <translation>计算期内资本支出（含设备更新）</translation>
    </message>
    <message>
        <source>Average annual opex</source>
        <translation>年均运营成本</translation>
    </message>
    <message>
        <source>Opex of the first full operating year</source>
        <translation>首个完整运营年的运营成本</translation>
    </message>
    <message>
        <source>Average annual revenue</source>
        <translation>年均营业收入</translation>
    </message>
    <message>
        <source>Project NPV before income tax</source>
        <translation>项目财务净现值（所得税前）</translation>
    </message>
    <message>
        <source>Project NPV after income tax</source>
        <translation>项目财务净现值（所得税后）</translation>
    </message>
    <message>
        <source>Equity NPV</source>
        <translation>项目资本金财务净现值</translation>
    </message>
    <message>
        <source>Project IRR before income tax</source>
        <translation>项目投资财务内部收益率（所得税前）</translation>
    </message>
    <message>
        <source>Project IRR after income tax</source>
        <translation>项目投资财务内部收益率（所得税后）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>项目资本金财务内部收益率</translation>
    </message>
    <message>
        <source>Payback period (after tax)</source>
        <translation>投资回收期（所得税后）</translation>
    </message>
    <message>
        <source>Discounted payback period (after tax)</source>
        <translation>动态投资回收期（所得税后）</translation>
    </message>
    <message>
        <source>Average utilization (card-hours)</source>
        <translation>平均利用率（卡时）</translation>
    </message>
    <message>
        <source>Average utilization (FP16 compute)</source>
        <translation>平均利用率（FP16 算力）</translation>
    </message>
    <message>
        <source>Racking rate at full deployment</source>
        <translation>全部部署后上架率</translation>
    </message>
    <message>
        <source>Design PUE</source>
        <translation>设计 PUE</translation>
    </message>
    <message>
        <source>Average PUE</source>
        <translation>平均 PUE</translation>
    </message>
    <message>
        <source>PUE at full deployment</source>
        <translation>满载部署时 PUE</translation>
    </message>
    <message>
        <source>Peak FP16 compute</source>
        <translation>FP16 峰值算力</translation>
    </message>
    <message>
        <source>Facility energy per operating year</source>
        <translation>每运营年设施用电量</translation>
    </message>
    <message>
        <source>CO2 over the horizon (location-based)</source>
        <translation>计算期内 CO2 排放（基于位置）</translation>
    </message>
    <message>
        <source>CO2 per operating year</source>
        <translation>每运营年 CO2 排放</translation>
    </message>
    <message>
        <source>Water per operating year</source>
        <translation>每运营年用水量</translation>
    </message>
    <message>
        <source>Minimum debt-service coverage</source>
        <translation>最低偿债备付率</translation>
    </message>
    <message>
        <source>Minimum interest coverage</source>
        <translation>最低利息备付率</translation>
    </message>
    <message>
        <source>Levelized cost per used FP16 P·h</source>
        <translation>平准化算力成本（每已用 FP16 P·h）</translation>
    </message>
    <message>
        <source>Levelized cost per used card-hour</source>
        <translation>平准化算力成本（每已用卡时）</translation>
    </message>
    <message>
        <source>Levelized cost per available FP16 P·h</source>
        <translation>平准化算力成本（每可用 FP16 P·h）</translation>
    </message>
    <message>
        <source>Return on investment (总投资收益率)</source>
        <translation>总投资收益率</translation>
    </message>
    <message>
        <source>Return on equity (资本金净利润率)</source>
        <translation>资本金净利润率</translation>
    </message>
    <message>
        <source>Capex subsidies</source>
        <translation>投资补贴</translation>
    </message>
    <message>
        <source>Electricity subsidies</source>
        <translation>电价补贴</translation>
    </message>
    <message>
        <source>Interest subsidies</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Vouchers paid</source>
        <translation>算力券兑付</translation>
    </message>
    <message>
        <source>Public cost</source>
        <translation>财政支出</translation>
    </message>
    <message>
        <source>Public cost, present value at the social discount rate</source>
        <translation>财政成本（按社会折现率计的现值）</translation>
    </message>
    <message>
        <source>Public cost per used FP16 P·h</source>
        <translation>每已用 FP16 P·h 的财政成本</translation>
    </message>
    <message>
        <source>Private investment</source>
        <translation>社会投资</translation>
    </message>
    <message>
        <source>Private investment per public CNY</source>
        <translation>每元财政资金带动的社会投资</translation>
    </message>
    <message>
        <source>GDP impact</source>
        <translation>GDP 影响</translation>
    </message>
    <message>
        <source>Income tax paid</source>
        <translation>已缴所得税</translation>
    </message>
    <message>
        <source>VAT and surcharges paid</source>
        <translation>已缴增值税及附加</translation>
    </message>
    <message>
        <source>Input VAT never credited</source>
        <translation>至期末未抵扣的进项税额</translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>Feasibility study workbook</source>
        <translation>可行性研究工作簿</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Suanpan version</source>
        <translation>算盘版本</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Capex subsidies paid by %1</source>
        <translation>%1 支付的投资补贴</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Break-even price factor</source>
        <translation>盈亏平衡价格系数</translation>
    </message>
    <message>
        <source>Break-even price in year 1: %1</source>
        <translation>第 1 年盈亏平衡价格：%1</translation>
    </message>
    <message>
        <source>Project NPV after tax without support</source>
        <translation>无政策支持时项目税后净现值</translation>
    </message>
    <message>
        <source>Project IRR after tax without support</source>
        <translation>无政策支持时项目税后内部收益率</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1（估计值）</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month of the year</source>
        <translation>年内月份</translation>
    </message>
    <message>
        <source>Utilization (card-hours)</source>
        <translation>利用率（卡时）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Demand captured (average)</source>
        <translation>获取的需求（平均）</translation>
    </message>
    <message>
        <source>Served (average)</source>
        <translation>已满足（平均）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Demand (effective)</source>
        <translation>需求（有效算力）</translation>
    </message>
    <message>
        <source>Served (effective)</source>
        <translation>已满足需求（有效算力）</translation>
    </message>
    <message>
        <source>Card-hours used</source>
        <translation>已用卡时</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Vouchers paid (public)</source>
        <translation>算力券兑付（财政）</translation>
    </message>
    <message>
        <source>Capacity if alone (effective)</source>
        <translation>单独计算时的容量（有效算力）</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Chip id</source>
        <translation>芯片编号</translation>
    </message>
    <message>
        <source>Card-hours installed</source>
        <translation>装机卡时</translation>
    </message>
    <message>
        <source>Cash inflow</source>
        <translation>现金流入</translation>
    </message>
    <message>
        <source>Cash outflow</source>
        <translation>现金流出</translation>
    </message>
    <message>
        <source>Cumulative cash flow before tax</source>
        <translation>累计所得税前净现金流量</translation>
    </message>
    <message>
        <source>Cumulative cash flow after tax</source>
        <translation>累计所得税后净现金流量</translation>
    </message>
    <message>
        <source>Payback workings</source>
        <translation>投资回收期计算</translation>
    </message>
    <message>
        <source>Discounted cash flow before tax</source>
        <translation>所得税前折现净现金流量</translation>
    </message>
    <message>
        <source>Discounted cash flow after tax</source>
        <translation>所得税后折现净现金流量</translation>
    </message>
    <message>
        <source>Cumulative discounted cash flow before tax</source>
        <translation>累计所得税前折现净现金流量</translation>
    </message>
    <message>
        <source>Cumulative discounted cash flow after tax</source>
        <translation>累计所得税后折现净现金流量</translation>
    </message>
    <message>
        <source>Paid back within the year, before tax</source>
        <translation>当年内收回投资（所得税前）</translation>
    </message>
    <message>
        <source>Paid back within the year, after tax</source>
        <translation>当年内收回投资（所得税后）</translation>
    </message>
    <message>
        <source>Paid back (discounted) within the year, before tax</source>
        <translation>当年内收回投资（折现，所得税前）</translation>
    </message>
    <message>
        <source>Paid back (discounted) within the year, after tax</source>
        <translation>当年内收回投资（折现，所得税后）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>计算期内未收回</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before income tax</source>
        <translation>所得税前</translation>
    </message>
    <message>
        <source>After income tax</source>
        <translation>所得税后</translation>
    </message>
    <message>
        <source>Project NPV at the discount rate</source>
        <translation>按折现率计的项目财务净现值</translation>
    </message>
    <message>
        <source>Project IRR</source>
        <translation>项目财务内部收益率</translation>
    </message>
    <message>
        <source>Payback period from the start of year 1</source>
        <translation>自第 1 年初起算的投资回收期</translation>
    </message>
    <message>
        <source>Discounted payback period</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <source>Project investment cash flow (项目投资现金流量表)</source>
        <translation>项目投资现金流量表</translation>
    </message>
    <message>
        <source>Discount rate (finance.discountRate)</source>
        <translation>折现率（finance.discountRate）</translation>
    </message>
    <message>
        <source>The discounted rows, the NPV and the discounted payback read this cell; change it to see them at another rate.</source>
        <translation>折现各行、净现值和动态投资回收期均引用此单元格；修改它即可查看其他折现率下的结果。</translation>
    </message>
    <message>
        <source>Project year</source>
        <translation>项目年</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Monte Carlo risk analysis</source>
        <translation>蒙特卡洛风险分析</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Trials without a value</source>
        <translation>无取值的试验次数</translation>
    </message>
    <message>
        <source>Headline risk</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Average utilization below %1</source>
        <translation>平均利用率低于 %1</translation>
    </message>
    <message>
        <source>Project NPV after tax below zero</source>
        <translation>项目税后净现值小于零</translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation>计算期内无法回收投资</translation>
    </message>
    <message>
        <source>No project IRR after tax</source>
        <translation>项目税后内部收益率不存在</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>逐年</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>需求细分</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>suanpan::AssumptionLogDialog</name>
    <message>
        <source>Assumption log</source>
        <translation>假设变更记录</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>时间 / 字段</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>NPV before → after</source>
        <translation>净现值（修改前 → 修改后）</translation>
    </message>
    <message>
        <source>(catalog)</source>
        <translation>（参数库）</translation>
    </message>
    <message>
        <source>(whole scenario)</source>
        <translation>（整个方案）</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the log starts with the first save.</source>
        <translation>尚无记录：首次保存后开始记录。</translation>
    </message>
    <message>
        <source>Unsaved changes are added when you save.</source>
        <translation>未保存的更改将在保存时记入。</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s).</source>
        <translation>
            <numerusform>共记录 %n 项变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::ChipCatalogModel</name>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · 数据截至 %2</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>FP16
(TFLOPS)</source>
        <translation>FP16
（TFLOPS）</translation>
    </message>
    <message>
        <source>FP8
(TFLOPS)</source>
        <translation>FP8
（TFLOPS）</translation>
    </message>
    <message>
        <source>FP64
(TFLOPS)</source>
        <translation>FP64
（TFLOPS）</translation>
    </message>
    <message>
        <source>Memory
(GB)</source>
        <translation>显存
（GB）</translation>
    </message>
    <message>
        <source>Power
(W)</source>
        <translation>功耗
（W）</translation>
    </message>
    <message>
        <source>Server
(kW)</source>
        <translation>服务器功耗
（kW）</translation>
    </message>
    <message>
        <source>Card price</source>
        <translation>单卡价格</translation>
    </message>
    <message>
        <source>Rental
(CNY/card·h)</source>
        <translation>租赁价格
（元/卡时）</translation>
    </message>
    <message>
        <source>Training
efficiency</source>
        <translation>训练
效率</translation>
    </message>
    <message>
        <source>Inference
efficiency</source>
        <translation>推理
效率</translation>
    </message>
</context>
<context>
    <name>suanpan::ChipMixPage</name>
    <message>
        <source>Installed at peak: %1 P FP16 · %2 P FP8 · %3 P FP64</source>
        <translation>峰值装机算力：FP16 %1 P · FP8 %2 P · FP64 %3 P</translation>
    </message>
    <message>
        <source> (last valid inputs)</source>
        <translation>（最近一次有效输入）</translation>
    </message>
    <message>
        <source>Chip mix and deployment</source>
        <translation>芯片配置与部署</translation>
    </message>
    <message>
        <source>Chip catalog</source>
        <translation>芯片参数库</translation>
    </message>
    <message>
        <source>Search chips (name, vendor, origin)…</source>
        <translation>搜索芯片（名称、厂商、产地）…</translation>
    </message>
    <message>
        <source>Add to chip mix</source>
        <translation>加入芯片配置</translation>
    </message>
    <message>
        <source>Same chip again</source>
        <translation>同型号芯片</translation>
    </message>
</context>
<context>
    <name>suanpan::CompareModel</name>
    <message>
        <source>no valid results</source>
        <translation>无有效结果</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1（非最新）</translation>
    </message>
</context>
<context>
    <name>suanpan::ComparePage</name>
    <message>
        <source>Tick the scenarios to compare; differences are to the first ticked.</source>
        <translation>勾选要对比的方案；差值均相对于第一个勾选的方案。</translation>
    </message>
    <message>
        <source>Tick two scenarios to see the inputs in which they differ.</source>
        <translation>勾选两个方案以查看其不同的输入。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) of "%1" differ from "%2" (the first two ticked scenarios).</source>
        <translation>
            <numerusform>“%1”有 %n 项输入与“%2”不同（前两个勾选的方案）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inputs that differ</source>
        <translation>不同的输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>suanpan::ComplianceModel</name>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Design value</source>
        <translation>方案取值</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subsidy or rule</source>
        <translation>补贴或规定</translation>
    </message>
</context>
<context>
    <name>suanpan::GoalSeekDialog</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>The inputs have problems; fix them before a goal seek.</source>
        <translation>输入有问题；请先修正再进行目标求解。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>Goal seek: %1</source>
        <translation>目标求解：%1</translation>
    </message>
    <message numerus="yes">
        <source>Applied to the scenario (%n field(s)); Undo takes it back.</source>
        <translation>
            <numerusform>已应用到情景（%n 个字段）；撤销可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario now has problems, shown at their fields: %1</source>
        <translation>情景现在存在问题（已在相应字段处显示）：%1</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>目标求解</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>As</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>So that</source>
        <translation>使得</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Aim at</source>
        <translation>目标对象</translation>
    </message>
    <message>
        <source>The input to change: choose a usual lever, or type the path of any numeric field (docs/scenario-format.md); [*] changes that field of every entry of a list.</source>
        <translation>要调整的输入：选择常用调节项，或输入任一数值字段的路径（见 docs/scenario-format.md）；[*] 表示调整列表中每一项的该字段。</translation>
    </message>
    <message>
        <source>its value (every selected entry gets it)</source>
        <translation>取值（所选各项都设为该值）</translation>
    </message>
    <message>
        <source>a factor on the scenario's values (each entry keeps its proportions)</source>
        <translation>情景现值的系数（各项保持原有比例）</translation>
    </message>
    <message>
        <source>Search only in</source>
        <translation>仅在以下范围内搜索</translation>
    </message>
    <message>
        <source>Without a limit the whole allowed range of the field is searched (a factor: 0 … 3).</source>
        <translation>不设范围时搜索该字段的全部允许范围（系数：0 … 3）。</translation>
    </message>
    <message>
        <source>The P50 of a Monte Carlo run</source>
        <translation>蒙特卡洛模拟的 P50</translation>
    </message>
    <message>
        <source>Aims at the median over the uncertain inputs instead of the scenario as it stands; every value is tried with the same draws.</source>
        <translation>以不确定输入下的中位数为目标，而非情景现状；每个取值都使用相同的抽样。</translation>
    </message>
    <message>
        <source>Trials: </source>
        <translation>试验次数：</translation>
    </message>
    <message>
        <source>Add the shipped presets</source>
        <translation>加入内置预设</translation>
    </message>
    <message>
        <source>&amp;Seek</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Apply to the scenario</source>
        <translation>应用到情景(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>suanpan::HallSketch</name>
    <message>
        <source>No valid design to draw yet.</source>
        <translation>尚无可绘制的有效设计。</translation>
    </message>
    <message>
        <source>%1 rack positions built, %2 filled (racking rate %3)%4</source>
        <translation>已建机架位 %1 个，已上架 %2 个（上架率 %3）%4</translation>
    </message>
    <message>
        <source> — last valid design</source>
        <translation> — 最近一次有效设计</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>%1 × %2: %3 racks, %4 server(s) of %5 kW each</source>
        <translation>%1 × %2：%3 个机架，每架 %4 台服务器，每台 %5 kW</translation>
    </message>
    <message>
        <source>later phase / empty</source>
        <translation>后期建设 / 空置</translation>
    </message>
    <message>
        <source>Rack density</source>
        <translation>机架功率密度</translation>
    </message>
    <message>
        <source>Design %1 kW per rack; %2 supports up to %3 kW (red line).</source>
        <translation>设计 %1 kW/机架；%2 最高支持 %3 kW（红线）。</translation>
    </message>
</context>
<context>
    <name>suanpan::KpiStrip</name>
    <message numerus="yes">
        <source>The inputs have %n problem(s); the figures show the last valid state. </source>
        <translation>
            <numerusform>输入中有 %n 个问题，所示数据为最近一次有效状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inputs have %n problem(s); there are no results yet. </source>
        <translation>
            <numerusform>输入中有 %n 个问题，暂无结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: P(util. &lt; %1) · P(NPV &lt; 0)</source>
        <translation>风险：P(利用率 &lt; %1) · P(净现值 &lt; 0)</translation>
    </message>
    <message>
        <source> — stale</source>
        <translation>（非最新）</translation>
    </message>
    <message>
        <source>From the last Monte Carlo run of this scenario (Risk tab).</source>
        <translation>来自本方案最近一次蒙特卡洛模拟（“风险”选项卡）。</translation>
    </message>
</context>
<context>
    <name>suanpan::ListEditor</name>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>suanpan::MainWindow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Suanpan projects and scenarios (*.suanpan *.json)</source>
        <translation>算盘项目及方案 (*.suanpan *.json)</translation>
    </message>
    <message>
        <source>Import scenario</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>方案 (*.json)</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <source>Export per-year results</source>
        <translation>导出逐年结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>About Suanpan</source>
        <translation>关于算盘</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suanpan %1&lt;/b&gt;&lt;p&gt;Capacity planning for proposed AI computing centers: cost, utilization risk and payback, with subsidies and compute vouchers.&lt;/p&gt;&lt;p&gt;Every default figure carries its source; the formulas are in docs/methodology.md.&lt;/p&gt;</source>
        <translation>&lt;b&gt;算盘 %1&lt;/b&gt;&lt;p&gt;拟建智算中心容量规划工具：测算成本、利用率风险与投资回收，并考虑补贴与算力券。&lt;/p&gt;&lt;p&gt;所有默认数据均注明来源；计算公式见 docs/methodology.md。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New (sample project)</source>
        <translation>新建（示例项目）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import scenario (JSON)…</source>
        <translation>导入方案（JSON）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export scenario (JSON)…</source>
        <translation>导出方案（JSON）(&amp;E)…</translation>
    </message>
    <message>
        <source>Export per-year results (&amp;CSV)…</source>
        <translation>导出逐年结果（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy per-year table</source>
        <translation>复制逐年明细表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>复制方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename scenario</source>
        <translation>重命名方案(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;elete scenario</source>
        <translation>删除方案(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;xt scenario</source>
        <translation>下一个方案(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous scenario</source>
        <translation>上一个方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Suanpan</source>
        <translation>关于算盘(&amp;A)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Scenario list</source>
        <translation>方案列表</translation>
    </message>
    <message>
        <source>Site &amp;&amp; power</source>
        <translation>站址与电源</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Racks &amp;&amp; cooling</source>
        <translation>机架与制冷</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Facility &amp;&amp; operations</source>
        <translation>设施与运营</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>%1[*] — Suanpan</source>
        <translation>%1[*] — 算盘</translation>
    </message>
    <message>
        <source>Inputs valid.</source>
        <translation>输入有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the inputs: see the fields marked in red.</source>
        <translation>
            <numerusform>输入中有 %n 个问题：请查看标红的字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluated in %1 ms</source>
        <translation>计算耗时 %1 ms</translation>
    </message>
    <message>
        <source>Assumption &amp;log…</source>
        <translation>假设变更记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>&amp;Goal seek…</source>
        <translation>目标求解(&amp;G)…</translation>
    </message>
    <message>
        <source>Export &amp;workbook (Excel)…</source>
        <translation>导出工作簿（Excel）(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>算力网络</translation>
    </message>
    <message>
        <source>Tariff from the 2026 State Grid table</source>
        <translation>电价取自 2026 年国家电网价目表</translation>
    </message>
</context>
<context>
    <name>suanpan::NetworkMap</name>
    <message>
        <source>No network: choose one above to see where the demand comes from.</source>
        <translation>无算力网络：在上方选择一个网络，查看需求从哪里来。</translation>
    </message>
    <message>
        <source>%1 · circle area: capacity in service · blue: P carried over links · red: the proposed center (ringed) and where its users are (schematic, not to scale)</source>
        <translation>%1 年 · 圆面积：在用容量 · 蓝色：链路承载的 P · 红色：拟建中心（圆圈）及其用户所在地（示意图，不按比例）</translation>
    </message>
</context>
<context>
    <name>suanpan::PolicyLibraryDialog</name>
    <message>
        <source>Add a policy from the library</source>
        <translation>从政策库添加政策</translation>
    </message>
    <message>
        <source>Search by name, issuer or place</source>
        <translation>按名称、发布机关或地点搜索</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <source>Applies at %1</source>
        <translation>适用于 %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place, year</source>
        <translation>地点、年份</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Add to the scenario</source>
        <translation>添加到方案</translation>
    </message>
    <message>
        <source>&lt;p&gt;No policy matches. Clear the search or choose another kind or place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有匹配的政策。请清空搜索，或选择其他类别或地点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Conditions to confirm (the model cannot test them):&lt;/p&gt;</source>
        <translation>&lt;p&gt;待确认的条件（模型无法检验）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not stated by the source, judged here:&lt;/p&gt;</source>
        <translation>&lt;p&gt;来源未说明、此处估计的内容：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;来源：%1（%2）&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>suanpan::ProjectSession</name>
    <message>
        <source>Sample project (untitled)</source>
        <translation>示例项目（未命名）</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Suanpan project (*.suanpan)</source>
        <translation>算盘项目 (*.suanpan)</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>无可导出内容</translation>
    </message>
    <message>
        <source>The scenario has no valid results yet.</source>
        <translation>该方案尚无有效结果。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message numerus="yes">
        <source>Suanpan did not close properly. Recover the unsaved work of %1 (%n scenario(s))?</source>
        <translation>
            <numerusform>算盘上次未正常关闭。是否恢复 %1 中未保存的工作（%n 个方案）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>Opened with problems</source>
        <translation>打开的项目存在问题</translation>
    </message>
    <message>
        <source>These scenarios have inputs the engine refuses; their fields are marked in red until they are fixed:
%1</source>
        <translation>以下方案包含计算引擎不接受的输入；修正之前，相关字段将标红显示：
%1</translation>
    </message>
    <message>
        <source>These inputs cannot be stored:
%1</source>
        <translation>以下输入无法保存：
%1</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>已被其他程序修改</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened here, for example by an import with suanpan-cli. Saving replaces those changes with this window's project. Save anyway?</source>
        <translation>%1 在此处打开后已被其他程序修改，例如通过 suanpan-cli 导入。保存将用本窗口中的项目替换这些修改。仍要保存吗？</translation>
    </message>
    <message>
        <source>Note for the assumption log</source>
        <translation>假设变更记录的备注</translation>
    </message>
    <message numerus="yes">
        <source>This save records %n change(s). Why were they made? A short note, kept with them in the assumption log (optional):</source>
        <translation>
            <numerusform>本次保存记录了 %n 项更改。为什么要改？请写一句简短备注，随更改一起存入假设变更记录（可不填）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>suanpan::ReportExport</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Preparing the study…</source>
        <translation>正在准备研究报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scenario "%1": %2</source>
        <translation>方案 "%1"：%2</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>suanpan::ReportOptionsDialog</name>
    <message>
        <source>The current scenario</source>
        <translation>当前方案</translation>
    </message>
    <message>
        <source>Every scenario of the project</source>
        <translation>项目中的全部方案</translation>
    </message>
    <message>
        <source>Every assumption with its source</source>
        <translation>全部假设及其来源</translation>
    </message>
    <message>
        <source>Methodology appendix</source>
        <translation>计算方法附录</translation>
    </message>
    <message>
        <source>Report options</source>
        <translation>报告选项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Monte Carlo trials of the risk section (scenarios with uncertain inputs only).</source>
        <translation>风险分析部分的蒙特卡洛模拟试验次数（仅适用于含不确定输入的方案）。</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Risk trials:</source>
        <translation>风险试验次数：</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
</context>
<context>
    <name>suanpan::ResultsPanel</name>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;paid by %1: %2</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;其中 %1 承担：%2</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Demand &amp;&amp; capacity</source>
        <translation>需求与算力</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Energy &amp;&amp; carbon</source>
        <translation>能耗与碳排</translation>
    </message>
    <message>
        <source>Hall layout</source>
        <translation>机房布局</translation>
    </message>
    <message>
        <source>Per-year table</source>
        <translation>逐年明细</translation>
    </message>
    <message>
        <source>Subsidies &amp;&amp; public cost</source>
        <translation>补贴与财政支出</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public ledger&lt;/b&gt;&lt;br&gt;Capex subsidies: %1%2&lt;br&gt;Electricity subsidies: %3&lt;br&gt;Interest subsidies: %4&lt;br&gt;Compute vouchers: %5&lt;br&gt;&lt;b&gt;Public cost: %6&lt;/b&gt; (present value at the social rate: %7)&lt;br&gt;Public cost per used PFLOPS-hour: %8&lt;br&gt;Private investment per public CNY: %9&lt;br&gt;Income tax paid by the project: %10&lt;br&gt;VAT and surcharges paid: %11&lt;br&gt;GDP effect (promotional multiplier): %12</source>
        <translation>&lt;b&gt;财政收支&lt;/b&gt;&lt;br&gt;投资补贴：%1%2&lt;br&gt;电费补贴：%3&lt;br&gt;贴息：%4&lt;br&gt;算力券：%5&lt;br&gt;&lt;b&gt;财政支出合计：%6&lt;/b&gt;（按社会折现率计算的现值：%7）&lt;br&gt;每已用 PFLOPS·小时的财政支出：%8&lt;br&gt;每元财政资金带动的社会投资：%9&lt;br&gt;项目缴纳所得税：%10&lt;br&gt;缴纳增值税及附加：%11&lt;br&gt;GDP 拉动效应（宣传口径乘数）：%12</translation>
    </message>
</context>
<context>
    <name>suanpan::RiskPanel</name>
    <message>
        <source>Utilization by year (P10–P90)</source>
        <translation>逐年利用率（P10–P90）</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Cumulative cash flow after tax (P10–P90)</source>
        <translation>累计项目净现金流量（所得税后，P10–P90）</translation>
    </message>
    <message>
        <source>The inputs have problems; fix them before a risk analysis.</source>
        <translation>输入存在问题；请先修正，再进行风险分析。</translation>
    </message>
    <message>
        <source>Nothing is uncertain: add uncertain inputs on the Uncertainty page, or tick "add the shipped presets".</source>
        <translation>没有任何不确定因素：请在“不确定性”页面添加不确定输入，或勾选“加入软件自带的预设”。</translation>
    </message>
    <message>
        <source>Running %1 trials…</source>
        <translation>正在运行 %1 次试验…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No risk analysis of this scenario yet.&lt;/b&gt; Choose the trials and press Run: the uncertain inputs of the Uncertainty page (and, if ticked, the shipped presets) are drawn, and every trial is evaluated.</source>
        <translation>&lt;b&gt;本方案尚未进行风险分析。&lt;/b&gt;请设置试验次数并点击“运行”：将对“不确定性”页面中的不确定输入（以及勾选时软件自带的预设）进行抽样，并逐一计算每次试验。</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:large'&gt;P(utilization &amp;lt; %1) = &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; P(NPV &amp;lt; 0) = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; P(no payback in the horizon) = &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:large'&gt;P(利用率 &amp;lt; %1) = &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; P(净现值 &amp;lt; 0) = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; P(计算期内无法回收投资) = &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source> The scenario changed since: these results are stale.</source>
        <translation>此后方案已修改：以上结果并非最新。</translation>
    </message>
    <message>
        <source>%1 trials, %2; mean NPV ± %3 (standard error); P90 of NPV %4.</source>
        <translation>%1 次试验，%2抽样；净现值均值 ± %3（标准误差）；净现值 P90 %4。</translation>
    </message>
    <message>
        <source>Latin hypercube</source>
        <translation>拉丁超立方</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>not yet stable: run more trials</source>
        <translation>尚未收敛：请增加试验次数</translation>
    </message>
    <message>
        <source>Trials: </source>
        <translation>试验次数：</translation>
    </message>
    <message>
        <source>Seed: </source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Idle below: </source>
        <translation>闲置阈值：</translation>
    </message>
    <message>
        <source>Add the shipped presets</source>
        <translation>加入软件自带的预设</translation>
    </message>
    <message>
        <source>Adds the shipped uncertainty presets (demand growth, capture share, prices, tariff, card prices, domestic-chip efficiency, delays, supply cuts) to the scenario's own uncertain inputs for this run; docs/methodology.md gives their reasoning.</source>
        <translation>本次运行时，在方案自身的不确定输入之外，加入软件自带的不确定性预设（需求增长、获取份额、价格、电价、加速卡价格、国产芯片效率、工期延误、供货中断）；其设定依据见 docs/methodology.md。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>无值试验占比</translation>
    </message>
    <message>
        <source>Sensitivity of</source>
        <translation>敏感性分析对象</translation>
    </message>
    <message>
        <source>Click an outcome to see its distribution (histogram and CDF) below.</source>
        <translation>点击某一结果指标，可在下方查看其分布（直方图与累计分布）。</translation>
    </message>
    <message>
        <source>Goal seek…</source>
        <translation>目标求解…</translation>
    </message>
    <message>
        <source>What fixes it? The value of one input that brings a result to a target (Ctrl+G).</source>
        <translation>怎样才能改善？求出使某一结果达到目标的单个输入取值（Ctrl+G）。</translation>
    </message>
</context>
<context>
    <name>suanpan::ScenarioDocument</name>
    <message>
        <source>Copy of %1</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
</context>
<context>
    <name>suanpan::ScenarioListModel</name>
    <message>
        <source>Valid; results are up to date.</source>
        <translation>输入有效，结果为最新。</translation>
    </message>
    <message>
        <source>%1 problem(s) in the inputs; results show the last valid state.</source>
        <translation>输入中有 %1 个问题；结果为最近一次有效状态。</translation>
    </message>
</context>
<context>
    <name>suanpan::ScenarioNavigator</name>
    <message>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add a scenario based on the current one (Ctrl+Shift+N)</source>
        <translation>基于当前方案新建方案（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Duplicate the current scenario (Ctrl+D)</source>
        <translation>复制当前方案（Ctrl+D）</translation>
    </message>
    <message>
        <source>Rename the current scenario (F2)</source>
        <translation>重命名当前方案（F2）</translation>
    </message>
    <message>
        <source>Delete the current scenario (undoable)</source>
        <translation>删除当前方案（可撤销）</translation>
    </message>
</context>
</TS>