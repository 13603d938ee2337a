# drill: 界面文字（简体中文）。Fluent 格式，键与 en/drill.ftl 相同。

## 演练的触发条件、标记和结论。
drill-trigger-at = 到达 { $node } 时
drill-trigger-after = { $time } 之后
drill-mark-pass = 通过
drill-mark-fail = 失败
drill-mark-skipped = 跳过
drill-verdict-pass = 通过
drill-verdict-fail = 未通过
drill-verdict-incomplete = 未完成

## 评分：得分明细和需要改进之处。
drill-score-path-none = 路径：{ $points }/20 分（演练未给出预期路径，按结果计分）
drill-score-path-all = 路径：{ $points }/20 分（全部 { $expected } 个预期回答；始终沿预期路径进行）
drill-score-path-part = 路径：{ $points }/20 分（偏离路径前答对了 { $expected } 个预期回答中的 { $matched } 个）
drill-score-outcome-ok = 结果：60/60 分（到达了预期的 `{ $reached }`）
drill-score-outcome-other = 结果：0/60 分（到达了 `{ $reached }`；预期为 `{ $expected }`）
drill-score-outcome-none = 结果：0/60 分（未到达任何结果；预期为 `{ $expected }`）
drill-score-time-no-target = 用时：{ $points }/20 分（用时 { $taken }；无目标时间）
drill-score-time-in = 用时：{ $points }/20 分（用时 { $taken }，目标时间 { $target }）
drill-score-time-over = 用时：{ $points }/20 分（用时 { $taken }，目标时间 { $target }：超出 { $over }）
drill-score-tasks = 任务：共 { $total } 项，通过 { $pass } 项，失败 { $fail } 项，跳过 { $skipped } 项，未标记 { $unmarked } 项
drill-fix-wrong-outcome = 演练结束于“{ $reached }”，而不是“{ $expected }”。请一起讨论为什么预期结果适用于这个场景，以及需要改进的是 playbook 还是团队的知识。
drill-fix-no-outcome = 演练在到达任何结果之前就停止了。请重新运行演练，直到结束。
drill-fix-over-time = 比目标时间 { $target } 多用了 { $over }。请在时间线中找出耗时最长的步骤并加以练习，或者记下团队当时需要查找的内容。
drill-fix-chose = 在第 { $step } 个回答（“{ $question }”）处，团队选择了“{ $chosen }”；而场景要求的是“{ $expected }”。请一起讨论场景中的哪些信息指向了它。
drill-fix-other-branch = 在第 { $step } 个回答处，演练位于“{ $other }”，而不是“{ $question }”（预期为“{ $expected }”）：之前的某个回答走向了另一个分支。
drill-fix-stopped-before = 演练在第 { $step } 个回答（“{ $question }”；预期为“{ $expected }”）之前停止了。
drill-fix-task-failed = { $task }：失败。{ $fix }
drill-fix-task-default = 查明原因并修复，然后在下次演练之前重新执行此任务。
drill-fix-task-note = { $fix }（备注：{ $note }）
drill-fix-task-skipped = { $task }：已跳过。请尽快完成；未经测试的步骤只是猜测。
drill-fix-task-unmarked = { $task }：本次演练中未完成。

## 演练后报告（Markdown）。
drill-kind-tabletop = 桌面演练
drill-kind-validation = 验证演练
drill-report-title = 演练后报告：{ $title }
drill-report-drill = 演练
drill-report-run = 运行
drill-report-started = 开始时间
drill-report-status = 状态
drill-report-result = 成绩
drill-report-drill-value = `{ $drill }`（{ $kind }）
drill-report-result-value = **{ $verdict }**，{ $points }/100 分
drill-report-time = 用时
drill-report-target = （目标 { $target }）
drill-report-playbook = Playbook
drill-report-playbook-version = `{ $playbook }` 版本 { $version }
drill-report-status-running = 仍在进行
drill-report-status-finished = 已完成
drill-report-status-stopped = 提前停止
drill-report-scenario = 场景
drill-report-score = 得分
drill-report-deviations = 偏差
drill-report-no-deviation = 无：演练沿预期路径在时限内到达了预期结果。
drill-report-path-ok = 路径和结果都符合预期。
drill-report-left-path = 回答从第 { $step } 个回答起偏离了预期路径（问题 `{ $node }`：预期 `{ $expected }`，实际{ $got }）。
drill-report-got-question = 是问题 `{ $node }`
drill-report-got-none = 没有回答
drill-report-ended-elsewhere = 所有预期回答都已给出，但演练在别处结束。
drill-report-tasks = 任务
drill-report-col-task = 任务
drill-report-col-result = 结果
drill-report-col-time = 时间
drill-report-col-note = 备注
drill-report-col-what = 发生了什么
drill-report-col-took = 耗时
drill-report-not-marked = 未标记
drill-report-fix = 需要改进之处
drill-report-nothing-to-fix = 这次没有需要改进的。
drill-report-timeline = 时间线
drill-report-footer = 由 { $tool } 根据演练运行 `{ $run }`（演练 `{ $drill }`，内容 { $hash }）生成。结论为 { $verdict }：{ $rule }。
drill-rule-tabletop-pass = 在目标时间内到达了预期结果
drill-rule-tabletop-fail = 到达了结果，但不是预期结果，或者超出了时间
drill-rule-tabletop-incomplete = 演练在到达任何结果之前停止了
drill-rule-tasks-pass = 所有任务都已通过
drill-rule-tasks-fail = 至少有一项任务失败
drill-rule-tasks-incomplete = 没有任务失败，但有任务被跳过或未完成

## 报告时间线中的行。
drill-event-started = 开始计时
drill-event-inject = 插入事件：{ $message }
drill-event-task = 任务 `{ $task }` 标记为{ $mark }
drill-event-finished = 已完成
drill-event-stopped = 提前停止：{ $reason }
drill-walk-shown = 显示：{ $heading }（`{ $node }`）
drill-walk-answered = 回答：{ $label }（`{ $node }={ $option }`）
drill-walk-continued = 阅读了说明 `{ $node }`
drill-walk-back = 从 `{ $node }` 返回
drill-walk-restarted = 从第一个问题重新开始
drill-walk-reached = 到达结果：{ $heading }（`{ $node }`）
drill-walk-ticked = 勾选了清单项 `{ $item }`
drill-walk-unticked = 取消勾选了清单项 `{ $item }`

## 演练历史和就绪状态。
drill-trend = { $chain }（{ $word }）
drill-trend-none = 没有运行记录
drill-trend-first = 首次运行
drill-trend-better = 提高了 { $points } 分
drill-trend-worse = 降低了 { $points } 分
drill-trend-same = 与上次相同
drill-readiness-title = 演练就绪状态（{ $today }）
drill-state-overdue = 已逾期
drill-state-failed = 未通过
drill-state-due-now = 现在到期
drill-state-due-soon = 即将到期
drill-state-ok = 正常
drill-last-stopped = 上次运行 { $date }（未完成即停止，{ $days } 天前）
drill-last-verdict = 上次运行 { $date }（{ $verdict }，{ $days } 天前）
drill-last-date = 上次运行 { $date }
drill-never-run = 从未运行
drill-due-overdue = 每 { $every } 天一次：已逾期 { $days } 天
drill-due-now = 每 { $every } 天一次：现在到期
drill-due-in = 每 { $every } 天一次：{ $days } 天后到期
drill-no-schedule = 无计划
drill-readiness-row = { $last }；{ $due }
drill-readiness-hint = 运行演练：breakglass drill run ID    查看历史：breakglass drill history

## 无法标记任务或保存备注的原因。
drill-error-no-task = 没有第 { $number } 项任务
drill-error-secret-note = 备注看起来包含机密信息：其中一部分{ $why }；备注会被保存和共享，所以请写下发生了什么，绝不要写密码、验证码或密钥

## 提前停止的原因。
drill-stop-participant = 参与者停止了演练
drill-stop-input-outcome = 输入在到达结果之前结束
drill-stop-input-tasks = 输入在所有任务标记完之前结束
drill-stop-signal = 收到终止信号

## 验证任务的做法和通过条件。
drill-how = 做法：{ $how }
drill-pass-when = 通过条件：{ $pass }

## 纯文本模式。
drill-plain-saved-again = 演练运行已重新保存。
drill-plain-save-failed = 警告：无法保存演练运行：{ $error }。它仍保留在内存中。
drill-plain-title = 演练：{ $title }。
drill-plain-scenario = 场景：
drill-plain-target = 目标时间：{ $target }。
drill-plain-facilitator-outcome = 供主持人参考。预期结果：{ $outcome }。
drill-plain-expected-answer = 预期回答 { $number }：{ $answer }。
drill-plain-inject-schedule = 插入事件（{ $when }）：{ $message }
drill-plain-tasks-intro = 共 { $count } 项任务。每项都要实际执行，然后标记结果。备注会被保存和共享：绝不要在备注中写密码、验证码或密钥。
drill-plain-start-prompt = 按 Enter 开始计时，或输入 q 离开：
drill-plain-inject = 插入事件（{ $time }）：{ $message }
drill-plain-clock = 演练计时：{ $clock }。
drill-plain-clock-running = 计时已开始。
drill-plain-task = 任务 { $number }/{ $total }：{ $title }。
drill-plain-mark-prompt = 演练计时：{ $clock }。输入 p 通过、f 失败或 s 跳过；b 返回上一项任务，q 停止：
drill-plain-stopped = 已停止。到目前为止的运行已保存。
drill-plain-not-understood = 无法理解“{ $input }”。请输入 p、f、s、b 或 q。
drill-plain-first-task = 这是第一项任务，没有可以返回的任务。
drill-plain-note-prompt = 备注（发生了什么；绝不要写密码、验证码或密钥），或按 Enter 跳过：
drill-plain-note-refused = 未保存：备注看起来包含机密信息：其中一部分{ $why }。请改为写下发生了什么。
drill-plain-not-marked = 未标记：{ $error }。
drill-plain-task-marked = 任务 { $number } 已标记为{ $mark }。
drill-plain-all-marked = 全部 { $count } 项任务已标记。演练结束。

## 演练界面：开始前的卡片、插入事件、总结。
drill-card-facilitator = 供主持人参考
drill-card-expected-outcome = 预期结果：`{ $outcome }`。
drill-card-expected-answers = 预期回答：{ $answers }。
drill-card-guide-note = 演练过程中，标题栏会在每个问题处显示预期回答。
drill-card-injects = 插入事件：
drill-card-inject-line = { $when }：{ $message }
drill-card-clock-this = 关闭此卡片后开始计时。
drill-card-clock-last = 关闭最后一张卡片后开始计时。
drill-card-target = **目标时间**：{ $target }。
drill-card-tasks-intro = 共 { $count } 项任务。每项都要实际执行，然后标记为通过、失败或跳过。备注会被保存和共享：**绝不要在备注中写密码、验证码或密钥。**
drill-card-inject = 插入事件 { $time }
drill-debrief-title = 复盘
drill-debrief-result = **{ $verdict }**，{ $points }/100 分，用时 { $time }。
drill-debrief-fixes = **需要改进之处：**
drill-debrief-close = 关闭此卡片即可结束；届时会写入演练后报告。
drill-stop-title = 停止演练？
drill-stop-body = 现在停止？到目前为止的运行会被保存，并按“提前停止”计分。
drill-not-saved = 未保存：{ $why }
drill-not-started = 未开始
drill-banner = 演练 { $clock }
drill-guide-off-path = 主持人：已偏离预期路径（b 返回）
drill-guide-expected = 主持人：此处预期“{ $label }”
drill-guide-outcome = 主持人：预期结果 `{ $outcome }`

## 验证任务界面。
drill-task-marked = 任务 { $number } 已标记为{ $mark }：{ $title }
drill-note-kept = 备注已保存。
drill-note-not-kept = 未保存：{ $error }
drill-tasks-unmarked = 还有 { $count } 项任务未标记：请标记它们（s 跳过），或按 q 提前停止。
drill-tasks-help = 每项任务都在 breakglass 之外实际执行。标记实际结果；用备注说明原因。绝不要在备注中写密码、验证码或密钥。
drill-help-title = 帮助
drill-tasks-summary = 已标记 { $marked }/{ $total } · 通过 { $pass } · 失败 { $fail } · 跳过 { $skipped } · 备注中绝不要写机密信息
drill-task-has-note = （有备注）
drill-task-heading = 任务 { $number }：{ $title }
drill-note-editing = 备注（绝不要写机密信息）：{ $note }
drill-note = 备注：{ $note }

## drill 命令：列表、运行、历史、报告。
drill-list-title = 演练（运行方法：breakglass drill run ID）
drill-list-col-id = ID
drill-list-col-kind = 类型
drill-list-col-due = 上次运行 / 到期
drill-list-col-title = 标题
drill-list-stopped = { $date } 提前停止
drill-list-due-now = { $last }，现在到期
drill-list-overdue = { $last }，已逾期 { $days } 天
drill-list-due-in = { $last }，{ $days } 天后到期
drill-cli-not-saved = 警告：找不到数据目录，因此不会保存本次运行（请设置 BREAKGLASS_DATA_DIR）
drill-cli-no-playbook = 无法打开此演练所用的 playbook `{ $playbook }`
drill-cli-left = 在开始计时之前离开；没有记录任何内容。
drill-cli-stopped = 演练已停止：{ $error }
drill-cli-save-failed = 无法保存本次运行：{ $error }
drill-cli-finished = 演练完成：{ $verdict }，{ $points }/100 分，用时 { $time }{ $target }。
drill-cli-stopped-early = 演练提前停止：{ $verdict }，{ $points }/100 分，用时 { $time }{ $target }。
drill-cli-what-to-fix = 需要改进之处：
drill-cli-report-written = 演练后报告：{ $path }
drill-cli-report-failed = 无法写入演练后报告：{ $error }
drill-cli-run-saved = 运行已保存为 { $run }。JSON：breakglass drill report { $run } --format json
drill-history-none-of = `{ $drill }` 还没有完成的运行。运行方法：breakglass drill run { $drill }
drill-history-none = 还没有演练运行记录。`breakglass drill` 会列出所有演练。
drill-history-trend = 趋势：{ $trend }
drill-history-points = { $points } 分
drill-history-stopped = （提前停止）
drill-history-hint = 查看某次运行的报告：breakglass drill report RUN_ID
drill-cli-no-run = 没有名为 `{ $run }` 的演练运行；`breakglass drill history` 会列出所有运行
drill-cli-bad-drill-id = 此运行记录的演练 `{ $drill }` 不是有效的演练 ID，因此无法显示其场景和任务
drill-cli-drill-gone = 无法打开此运行所用的演练 `{ $drill }`，因此无法显示其场景和任务
drill-cli-drill-changed = 提示：自本次运行以来演练文件已更改；报告显示的是当前的场景和任务文字，以及本次运行自己的标记和得分
drill-cli-translation-errors = { $lang } 翻译 { $file } 有错误，未被使用（显示英文）；`breakglass validate` 会列出这些错误

## 跳过用户演练的原因。
drill-skipped-duplicate = 另一个用户演练已使用 ID `{ $drill }`
drill-skipped-errors = { $count } 个错误

## breakglass translate（演练）。
drill-translate-no-config = 找不到用于写入翻译的配置目录：请使用 --out FILE
drill-translate-cannot-read = 无法读取 { $path }：{ $error }
drill-translate-cannot-write = 无法写入 { $path }：{ $error }
