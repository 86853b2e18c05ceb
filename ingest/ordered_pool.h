// OrderedPool: runs a function on items in worker threads and hands the
// results back on the calling thread in input order. Extraction is the
// expensive, parallel part; printing and SQLite writes stay single-threaded
// and in order, so output is deterministic whatever the thread count.
#ifndef NEWSGRAPH_INGEST_ORDERED_POOL_H_
#define NEWSGRAPH_INGEST_ORDERED_POOL_H_

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace newsgraph::ingest {

// The worker count for a --threads option: `requested` when positive, else
// one per core.
inline int ThreadCount(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

template <typename In, typename Out>
class OrderedPool {
 public:
  using Work = std::function<Out(const In&)>;
  using Sink = std::function<void(In&&, Out&&)>;

  // threads <= 1 runs everything inline on the caller's thread.
  OrderedPool(int threads, Work work, Sink sink)
      : work_(std::move(work)), sink_(std::move(sink)), max_in_flight_(threads * 4) {
    for (int i = 0; threads > 1 && i < threads; ++i) {
      workers_.emplace_back([this] { WorkerLoop(); });
    }
  }

  ~OrderedPool() {
    Finish();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  // Queues one item; may first deliver finished results to the sink.
  void Push(In item) {
    if (workers_.empty()) {
      Out out = work_(item);
      sink_(std::move(item), std::move(out));
      return;
    }
    auto slot = std::make_shared<Slot>();
    slot->item = std::move(item);
    pending_.push_back(slot);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(slot);
    }
    ready_.notify_one();
    while (pending_.size() > max_in_flight_) DeliverFront();
  }

  // Delivers every queued result, in order.
  void Finish() {
    while (!pending_.empty()) DeliverFront();
  }

 private:
  struct Slot {
    In item;
    std::promise<Out> result;
  };

  void DeliverFront() {
    std::shared_ptr<Slot> slot = std::move(pending_.front());
    pending_.pop_front();
    Out out = slot->result.get_future().get();
    sink_(std::move(slot->item), std::move(out));
  }

  void WorkerLoop() {
    for (;;) {
      std::shared_ptr<Slot> slot;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        slot = std::move(queue_.front());
        queue_.pop_front();
      }
      try {
        slot->result.set_value(work_(slot->item));
      } catch (...) {
        slot->result.set_exception(std::current_exception());
      }
    }
  }

  Work work_;
  Sink sink_;
  std::size_t max_in_flight_;
  std::deque<std::shared_ptr<Slot>> pending_;  // caller's thread only
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::shared_ptr<Slot>> queue_;  // guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::vector<std::thread> workers_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_ORDERED_POOL_H_
